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
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.w3c.dom.Element;

/**
 * What the add-on's descriptors declare, read the way the README has to describe it: the thing's channels with their
 * item types, the events of its trigger channels, and the configuration parameters.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class AddonDeclarations {
    static final Path THING_TYPES = Descriptors.ESH_INF.resolve("thing/thing-types.xml");
    static final Path BINDING_CONFIG = Descriptors.ESH_INF.resolve("config/binding-config.xml");

    private AddonDeclarations() {
    }

    /** The thing's state channels with their item types, and its trigger channels (item type "trigger"). */
    static Map<String, String> channelItemTypes() throws IOException {
        Map<String, String> itemTypeOfChannelType = new HashMap<>();
        for (Element element : Descriptors.all(Descriptors.parse(THING_TYPES).getDocumentElement())) {
            if ("channel-type".equals(element.getLocalName())) {
                String itemType = Descriptors.childText(element, "item-type");
                itemTypeOfChannelType.put(element.getAttribute("id"), itemType.isEmpty() ? "trigger" : itemType);
            }
        }
        Map<String, String> channels = new TreeMap<>();
        channelTypes().forEach(
                (channel, type) -> channels.put(channel, itemTypeOfChannelType.getOrDefault(type, "unknown type")));
        assertFalse(channels.isEmpty());
        return channels;
    }

    /** The event options of each trigger channel. */
    static Map<String, Set<String>> triggerEvents() throws IOException {
        Map<String, Set<String>> optionsOfChannelType = new HashMap<>();
        for (Element element : Descriptors.all(Descriptors.parse(THING_TYPES).getDocumentElement())) {
            if ("channel-type".equals(element.getLocalName())
                    && "trigger".equals(Descriptors.childText(element, "kind"))) {
                optionsOfChannelType.put(element.getAttribute("id"),
                        Descriptors.all(element).stream().filter(option -> "option".equals(option.getLocalName()))
                                .map(option -> option.getAttribute("value")).collect(Collectors.toSet()));
            }
        }
        Map<String, Set<String>> events = new TreeMap<>();
        channelTypes().forEach((channel, type) -> {
            Set<String> options = optionsOfChannelType.get(type);
            if (options != null) {
                events.put(channel, options);
            }
        });
        assertFalse(events.isEmpty());
        return events;
    }

    /** The thing's channels, as {@code group#channel}, with their channel type ids. */
    private static Map<String, String> channelTypes() throws IOException {
        Map<String, Map<String, String>> channelsOfGroupType = new HashMap<>();
        Map<String, String> groupTypeOfGroup = new HashMap<>();
        for (Element element : Descriptors.all(Descriptors.parse(THING_TYPES).getDocumentElement())) {
            if ("channel-group".equals(element.getLocalName())) {
                groupTypeOfGroup.put(element.getAttribute("id"), element.getAttribute("typeId"));
            } else if ("channel-group-type".equals(element.getLocalName())) {
                channelsOfGroupType.put(element.getAttribute("id"),
                        Descriptors.all(element).stream().filter(channel -> "channel".equals(channel.getLocalName()))
                                .collect(Collectors.toMap(channel -> channel.getAttribute("id"),
                                        channel -> channel.getAttribute("typeId"))));
            }
        }
        Map<String, String> channels = new TreeMap<>();
        groupTypeOfGroup.forEach((group, type) -> channelsOfGroupType.getOrDefault(type, Map.of())
                .forEach((channel, channelType) -> channels.put(group + "#" + channel, channelType)));
        return channels;
    }

    /** The configuration parameters in the descriptor, each with whether it is required. */
    static Map<String, Boolean> parameters(Path descriptor) throws IOException {
        Map<String, Boolean> parameters = new TreeMap<>();
        for (Element element : Descriptors.all(Descriptors.parse(descriptor).getDocumentElement())) {
            if ("parameter".equals(element.getLocalName())) {
                parameters.put(element.getAttribute("name"), "true".equals(element.getAttribute("required")));
            }
        }
        assertFalse(parameters.isEmpty());
        return parameters;
    }
}
