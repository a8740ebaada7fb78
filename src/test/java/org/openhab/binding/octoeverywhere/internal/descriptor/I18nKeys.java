/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.octoeverywhere.internal.descriptor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.w3c.dom.Element;

/**
 * The i18n keys openHAB looks up for the texts of a descriptor, following its key naming convention.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class I18nKeys {
    /** The kinds of add-on whose config descriptions openHAB translates with {@code addon.config.} keys. */
    private static final Set<String> ADDON_TYPES = Set.of("automation", "binding", "io", "misc", "persistence", "voice",
            "ui");

    private I18nKeys() {
    }

    static List<String> ofAddon(Path file) throws IOException {
        Element addon = Descriptors.parse(file).getDocumentElement();
        String prefix = "addon." + addon.getAttribute("id") + ".";
        return List.of(prefix + "name", prefix + "description");
    }

    static List<String> ofThingDescriptions(Path file) throws IOException {
        Element root = Descriptors.parse(file).getDocumentElement();
        String bindingId = root.getAttribute("bindingId");
        List<String> keys = new ArrayList<>();
        for (Element type : Descriptors.children(root)) {
            String id = type.getAttribute("id");
            String prefix = type.getLocalName() + "." + bindingId + "." + id + ".";
            addTexts(type, prefix, keys);
            for (Element element : Descriptors.all(type)) {
                switch (element.getLocalName()) {
                    case "parameter" -> addTexts(element, type.getLocalName() + ".config." + bindingId + "." + id + "."
                            + element.getAttribute("name") + ".", keys);
                    case "option" -> {
                        Element options = (Element) element.getParentNode();
                        String owner = options.getParentNode().getLocalName();
                        if ("event".equals(owner) || "state".equals(owner)) {
                            keys.add(prefix + owner + ".option." + element.getAttribute("value"));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return keys;
    }

    /**
     * The keys of the parameters of a file of config descriptions, as openHAB's {@code ConfigDescriptionI18nUtil}
     * infers them: {@code addon.config.<id>.<parameter>.label} for an add-on's ({@code binding:<id>}, ...), else
     * {@code <scheme>.config.<rest with : as .>.<parameter>.label}.
     */
    static List<String> ofConfigDescriptions(Path file) throws IOException {
        Element root = Descriptors.parse(file).getDocumentElement();
        List<String> keys = new ArrayList<>();
        for (Element description : Descriptors.children(root)) {
            String[] uri = description.getAttribute("uri").split(":", 2);
            String prefix = (ADDON_TYPES.contains(uri[0]) ? "addon" : uri[0]) + ".config." + uri[1].replace(':', '.')
                    + ".";
            for (Element parameter : Descriptors.children(description)) {
                if ("parameter".equals(parameter.getLocalName())) {
                    addTexts(parameter, prefix + parameter.getAttribute("name") + ".", keys);
                }
            }
        }
        return keys;
    }

    private static void addTexts(Element element, String prefix, List<String> keys) {
        for (Element child : Descriptors.children(element)) {
            if ("label".equals(child.getLocalName()) || "description".equals(child.getLocalName())) {
                keys.add(prefix + child.getLocalName());
            }
        }
    }
}
