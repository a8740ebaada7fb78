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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants;
import org.openhab.binding.octoeverywhere.internal.api.AppPortal;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checks the descriptors under {@code ESH-INF/} the way openHAB 4.3's XML reader would see them: well-formed, elements
 * in the order it demands, only elements and tags every supported openHAB knows, every channel backed by a channel
 * type.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class DescriptorTest {
    private static final String BINDING_CONFIG_URI = "binding:octoeverywhere";
    /** What openHAB 4.3's config description schema allows in a parameter, in any order. */
    private static final Set<String> PARAMETER_ELEMENTS = Set.of("context", "required", "default", "label",
            "description", "options", "limitToOptions", "filter", "advanced", "verify", "multipleLimit", "unitLabel");

    private static final List<String> THING_TYPE_ORDER = List.of("supported-bridge-type-refs", "label", "description",
            "category", "semantic-equipment-tag", "channels", "channel-groups", "properties", "representation-property",
            "config-description", "config-description-ref");
    private static final List<String> CHANNEL_TYPE_ORDER = List.of("item-type", "kind", "label", "description",
            "category", "tags", "state", "command", "event", "autoUpdatePolicy", "config-description",
            "config-description-ref");
    private static final List<String> CHANNEL_GROUP_TYPE_ORDER = List.of("label", "description", "category",
            "channels");
    private static final List<String> ADDON_ORDER = List.of("type", "name", "description", "connection", "countries",
            "service-id", "config-description", "config-description-ref", "discovery-methods");
    /** Elements that openHAB 5.x added and 4.3 rejects. */
    private static final Set<String> NEWER_THAN_4_3 = Set.of("semantic-equipment-tag", "keywords");
    /** Semantic tags that both 4.3 and 5.x know. */
    private static final Set<String> PORTABLE_TAGS = Set.of("Status", "Control", "Switch", "Timestamp");

    @Test
    void everyDescriptorIsWellFormed() throws IOException {
        List<Path> files = Descriptors.files(".xml");
        assertFalse(files.isEmpty());
        for (Path file : files) {
            Descriptors.parse(file);
        }
    }

    @Test
    void addonDescribesACloudBinding() throws IOException {
        Element addon = Descriptors.parse(Descriptors.ESH_INF.resolve("addon/addon.xml")).getDocumentElement();
        assertEquals("addon", addon.getLocalName());
        assertEquals(OctoEverywhereBindingConstants.BINDING_ID, addon.getAttribute("id"));
        assertEquals("binding", Descriptors.childText(addon, "type"));
        assertEquals("cloud", Descriptors.childText(addon, "connection"));
        Descriptors.assertOrder(addon, ADDON_ORDER);
    }

    @Test
    void theAddonRefersToTheBindingConfigurationWithTheAppId() throws IOException {
        Element addon = Descriptors.parse(Descriptors.ESH_INF.resolve("addon/addon.xml")).getDocumentElement();
        List<Element> references = Descriptors.children(addon).stream()
                .filter(e -> "config-description-ref".equals(e.getLocalName())).toList();
        assertEquals(1, references.size());
        assertEquals(BINDING_CONFIG_URI, references.get(0).getAttribute("uri"));

        List<Element> descriptions = new ArrayList<>();
        for (Path file : Descriptors.files(".xml")) {
            if (file.startsWith(Descriptors.ESH_INF.resolve("config"))) {
                Element root = Descriptors.parse(file).getDocumentElement();
                assertEquals("config-descriptions", root.getLocalName(), file.toString());
                descriptions.addAll(Descriptors.children(root));
            }
        }
        List<Element> binding = descriptions.stream().filter(e -> BINDING_CONFIG_URI.equals(e.getAttribute("uri")))
                .toList();
        assertEquals(1, binding.size(), "one config description " + BINDING_CONFIG_URI);
        List<Element> parameters = Descriptors.children(binding.get(0));
        assertEquals(List.of("appId"), parameters.stream().map(p -> p.getAttribute("name")).toList());
        Element appId = parameters.get(0);
        assertEquals("text", appId.getAttribute("type"));
        assertEquals(AppPortal.DEFAULT_APP_ID, Descriptors.childText(appId, "default"));
        for (Element parameter : parameters) {
            for (Element child : Descriptors.children(parameter)) {
                assertTrue(PARAMETER_ELEMENTS.contains(child.getLocalName()),
                        "<" + child.getLocalName() + "> in parameter " + parameter.getAttribute("name"));
            }
        }
    }

    @Test
    void thePrinterIsRepresentedByTheIdOfItsAppConnection() throws IOException {
        List<Element> thingTypes = thingDescriptions("thing-type");
        assertEquals(1, thingTypes.size());
        assertEquals(OctoEverywhereBindingConstants.PROPERTY_APP_CONNECTION_ID,
                Descriptors.childText(thingTypes.get(0), "representation-property"));
    }

    @Test
    void thingAndChannelTypesKeepTheElementOrder() throws IOException {
        for (Element thingType : thingDescriptions("thing-type")) {
            Descriptors.assertOrder(thingType, THING_TYPE_ORDER);
        }
        for (Element channelType : thingDescriptions("channel-type")) {
            Descriptors.assertOrder(channelType, CHANNEL_TYPE_ORDER);
        }
        List<Element> groupTypes = thingDescriptions("channel-group-type");
        assertEquals(4, groupTypes.size(), "link, printer, print, gadget");
        for (Element groupType : groupTypes) {
            Descriptors.assertOrder(groupType, CHANNEL_GROUP_TYPE_ORDER);
        }
    }

    @Test
    void everyChannelGroupHasAGroupTypeAndTheConstantsNameItsChannels() throws Exception {
        Set<String> groupTypes = new TreeSet<>();
        Set<String> channelIds = new TreeSet<>();
        for (Element groupType : thingDescriptions("channel-group-type")) {
            groupTypes.add(groupType.getAttribute("id"));
            for (Element channel : Descriptors.all(groupType)) {
                if ("channel".equals(channel.getLocalName())) {
                    channelIds.add(groupType.getAttribute("id") + "#" + channel.getAttribute("id"));
                }
            }
        }
        for (Element group : thingDescriptions("channel-group")) {
            assertTrue(groupTypes.contains(group.getAttribute("typeId")), group.getAttribute("id"));
            assertEquals(group.getAttribute("typeId"), group.getAttribute("id"), "each group has its own type");
        }
        Set<String> constants = new TreeSet<>();
        for (java.lang.reflect.Field field : OctoEverywhereBindingConstants.class.getFields()) {
            if (field.getName().startsWith("CHANNEL_")) {
                constants.add(String.valueOf(field.get(null)));
            }
        }
        assertEquals(channelIds, constants);
    }

    @Test
    void descriptorsUseOnlyElementsAndTagsOfOpenHab43() throws IOException {
        for (Path file : Descriptors.files(".xml")) {
            for (Element element : Descriptors.all(Descriptors.parse(file).getDocumentElement())) {
                assertFalse(NEWER_THAN_4_3.contains(element.getLocalName()),
                        file + " uses <" + element.getLocalName() + ">, unknown to openHAB 4.3");
                if ("tag".equals(element.getLocalName())) {
                    assertTrue(PORTABLE_TAGS.contains(element.getTextContent().trim()),
                            file + ": tag " + element.getTextContent() + " is not known to every supported openHAB");
                }
            }
        }
    }

    @Test
    void everyChannelHasAChannelType() throws IOException {
        Set<String> channelTypes = new TreeSet<>();
        for (Element channelType : thingDescriptions("channel-type")) {
            channelTypes.add(channelType.getAttribute("id"));
        }
        List<Element> channels = thingDescriptions("channel");
        assertFalse(channels.isEmpty());
        for (Element channel : channels) {
            assertTrue(channelTypes.contains(channel.getAttribute("typeId")),
                    "channel " + channel.getAttribute("id") + " has no channel type");
        }
    }

    private static List<Element> thingDescriptions(String localName) throws IOException {
        List<Element> found = new ArrayList<>();
        for (Path file : Descriptors.files(".xml")) {
            if (file.startsWith(Descriptors.ESH_INF.resolve("thing"))) {
                Document document = Descriptors.parse(file);
                Descriptors.all(document.getDocumentElement()).stream().filter(e -> localName.equals(e.getLocalName()))
                        .forEach(found::add);
            }
        }
        return found;
    }
}
