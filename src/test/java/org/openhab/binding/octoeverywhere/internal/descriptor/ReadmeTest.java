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
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants;
import org.openhab.binding.octoeverywhere.internal.action.PrinterActions;
import org.openhab.core.thing.binding.ThingActions;
import org.w3c.dom.Element;

/**
 * Keeps the README's examples and tables true: the channels, parameters, events, items and actions it shows are the
 * ones the add-on has.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ReadmeTest {
    private static final Path README = Path.of("README.md");
    private static final Path THING_TYPES = Path.of("ESH-INF/thing/thing-types.xml");
    private static final Path BINDING_CONFIG = Path.of("ESH-INF/config/binding-config.xml");
    private static final String THING = "octoeverywhere:printer:[\\w-]+:([a-z-]+#[a-z-]+)";
    private static final Pattern ITEM_TYPE = Pattern
            .compile("(?:Switch|String|Number(?::\\w+)?|DateTime|Image|Color|Dimmer|Contact|Rollershutter|Player"
                    + "|Location|Call|Group(?::\\w+)*)");

    @Test
    void everyChannelTheExamplesLinkExists() throws IOException {
        Set<String> linked = matches("channel=\"" + THING + "\"");
        linked.addAll(matches("Channel \"" + THING + "\" triggered"));
        linked.addAll(matches("ChannelEventTrigger\\(\"" + THING + "\""));
        assertFalse(linked.isEmpty());
        linked.removeAll(channelItemTypes().keySet());
        assertEquals(Set.of(), linked, "README links channels the thing does not have");
    }

    @Test
    void everyItemOfTheExamplesHasTheItemTypeOfItsChannel() throws IOException {
        Matcher item = Pattern.compile("(?m)^(" + ITEM_TYPE + ")\\s+(\\w+)\\s.*\\{\\s*channel=\"" + THING + "\"")
                .matcher(itemsBlock());
        Map<String, String> itemTypes = channelItemTypes();
        int checked = 0;
        while (item.find()) {
            assertEquals(itemTypes.get(item.group(3)), item.group(1), item.group(2) + " linked to " + item.group(3));
            checked++;
        }
        assertTrue(checked > 10, "README links only " + checked + " items");
    }

    @Test
    void theExamplesUseEveryItemTheyDefineAndDefineEveryItemTheyUse() throws IOException {
        String items = itemsBlock();
        Set<String> defined = new TreeSet<>();
        Matcher definition = Pattern.compile("(?m)^" + ITEM_TYPE + "\\s+(\\w+)\\s").matcher(items);
        while (definition.find()) {
            defined.add(definition.group(1));
        }
        String rest = Files.readString(README).replace(items, "");
        Set<String> used = new TreeSet<>();
        for (String use : List.of("item=(\\w+)", "\\[(\\w+)==", "\\b([A-Z]\\w*)\\.(?:state|sendCommand|postUpdate)\\b",
                "\\bItem (\\w+) (?:changed|received|was)", "\\bitems\\.(\\w+)", "Item\\w*Trigger\\(\"(\\w+)\"")) {
            Matcher matcher = Pattern.compile(use).matcher(rest);
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        assertFalse(used.isEmpty());
        assertEquals(Set.of(), difference(used, defined), "README uses items its items file does not define");
        assertEquals(Set.of(), difference(defined, used), "README defines items no sitemap or rule uses");
    }

    @Test
    void theRulesListedAboveTheRulesFileAreTheRulesInIt() throws IOException {
        String readme = Files.readString(README);
        int file = readme.indexOf("`printer.rules`");
        assertTrue(file >= 0, "README has no rules file");
        int start = readme.indexOf("\n```", file);
        List<String> described = new ArrayList<>();
        Matcher item = Pattern.compile("(?m)^1\\. \\*\\*(.+?)\\*\\*").matcher(readme.substring(file, start));
        while (item.find()) {
            described.add(item.group(1));
        }
        List<String> defined = new ArrayList<>();
        Matcher rule = Pattern.compile("(?m)^rule \"(.+)\"$")
                .matcher(readme.substring(start, readme.indexOf("\n```", start + 1)));
        while (rule.find()) {
            defined.add(rule.group(1));
        }
        assertFalse(defined.isEmpty());
        assertEquals(defined, described, "the list above printer.rules does not name its rules");
    }

    @Test
    void theChannelTablesListEveryChannel() throws IOException {
        Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+#[a-z-]+)` +\\|").matcher(section("## Channels"));
        Set<String> listed = new TreeSet<>();
        while (row.find()) {
            listed.add(row.group(1));
        }
        assertEquals(channelItemTypes().keySet(), listed);
    }

    @Test
    void theConfigurationTablesListEveryParameter() throws IOException {
        assertEquals(parameters(THING_TYPES).keySet(), firstColumn(section("## Thing Configuration")));
        assertEquals(parameters(BINDING_CONFIG).keySet(), firstColumn(section("## Binding Configuration")));
    }

    @Test
    void thePropertiesTableListsEveryProperty() throws IOException, IllegalAccessException {
        Set<String> properties = new TreeSet<>();
        for (Field field : OctoEverywhereBindingConstants.class.getFields()) {
            if (field.getName().startsWith("PROPERTY_")) {
                properties.add(String.valueOf(field.get(null)));
            }
        }
        assertEquals(properties, firstColumn(section("### Properties")));
    }

    @Test
    void everyThingOfTheExamplesHasItsRequiredParametersAndNoOthers() throws IOException {
        Map<String, Boolean> parameters = parameters(THING_TYPES);
        Set<String> required = parameters.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Matcher thing = Pattern.compile("(?m)^Thing octoeverywhere:printer:[\\w-]+ \"[^\"]*\" \\[(.*)]\\s*$")
                .matcher(Files.readString(README));
        int things = 0;
        while (thing.find()) {
            Set<String> given = new TreeSet<>();
            Matcher parameter = Pattern.compile("(\\w+)\\s*=").matcher(thing.group(1));
            while (parameter.find()) {
                given.add(parameter.group(1));
            }
            assertEquals(Set.of(), difference(given, parameters.keySet()), "unknown parameters in " + thing.group());
            assertEquals(Set.of(), difference(required, given), "required parameters missing in " + thing.group());
            things++;
        }
        assertTrue(things > 0, "README defines no thing");
    }

    @Test
    void everyActionTheExamplesCallHasAStaticTwinForDslRules() throws IOException {
        Set<String> called = matches("\\)\\.(create[A-Za-z]*|get[A-Za-z]*Link)\\(");
        called.addAll(matches("actions\\.(create[A-Za-z]*|get[A-Za-z]*Link)\\("));
        assertTrue(called.containsAll(Set.of("createLiveLink", "createPrintLiveLink")), called.toString());
        Set<String> twins = Arrays.stream(PrinterActions.class.getMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getParameterCount() > 0 && m.getParameterTypes()[0] == ThingActions.class)
                .map(Method::getName).collect(Collectors.toSet());
        called.removeAll(twins);
        assertEquals(Set.of(), called, "README calls actions that have no static twin");
    }

    @Test
    void theEventsTheReadmeNamesAreTheTriggerOptions() throws IOException {
        String readme = Files.readString(README);
        for (Element element : Descriptors.all(Descriptors.parse(THING_TYPES).getDocumentElement())) {
            if ("option".equals(element.getLocalName())) {
                String option = element.getAttribute("value");
                assertTrue(readme.contains("`" + option + "`"), option + " is not described in the README");
            }
        }
        Map<String, Set<String>> events = triggerEvents();
        int triggers = 0;
        for (String trigger : List.of("Channel \"" + THING + "\" triggered ([A-Z_]+)",
                "ChannelEventTrigger\\(\"" + THING + "\", \"([A-Z_]+)\"\\)")) {
            Matcher matcher = Pattern.compile(trigger).matcher(readme);
            while (matcher.find()) {
                Set<String> options = events.getOrDefault(matcher.group(1), Set.of());
                assertTrue(options.contains(matcher.group(2)), matcher.group() + ": not an event of the channel");
                triggers++;
            }
        }
        assertTrue(triggers > 0, "README has no rule on a trigger channel");
    }

    /** The thing's state channels with their item types, and its trigger channels (item type "trigger"). */
    private static Map<String, String> channelItemTypes() throws IOException {
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
    private static Map<String, Set<String>> triggerEvents() throws IOException {
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
    private static Map<String, Boolean> parameters(Path descriptor) throws IOException {
        Map<String, Boolean> parameters = new TreeMap<>();
        for (Element element : Descriptors.all(Descriptors.parse(descriptor).getDocumentElement())) {
            if ("parameter".equals(element.getLocalName())) {
                parameters.put(element.getAttribute("name"), "true".equals(element.getAttribute("required")));
            }
        }
        assertFalse(parameters.isEmpty());
        return parameters;
    }

    /** The section under the heading, up to the next heading of the same or a higher level. */
    private static String section(String heading) throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "README has no section " + heading);
        String level = heading.substring(0, heading.indexOf(' '));
        Matcher next = Pattern.compile("\n#{1," + level.length() + "} ").matcher(readme);
        return readme.substring(start, next.find(start + 1) ? next.start() : readme.length());
    }

    /** The code names in the first column of the first table of the text. */
    private static Set<String> firstColumn(String text) {
        String table = text.substring(text.indexOf("\n|"));
        int end = table.indexOf("\n\n");
        Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` +\\|").matcher(end < 0 ? table : table.substring(0, end));
        Set<String> names = new TreeSet<>();
        while (row.find()) {
            names.add(row.group(1));
        }
        return names;
    }

    /** The code block of the items file. */
    private static String itemsBlock() throws IOException {
        String readme = Files.readString(README);
        int file = readme.indexOf("`printer.items`");
        assertTrue(file >= 0, "README has no items file");
        int start = readme.indexOf("\n```", file);
        int body = readme.indexOf('\n', start + 1);
        return readme.substring(body, readme.indexOf("\n```", body));
    }

    private static Set<String> matches(String regex) throws IOException {
        Matcher matcher = Pattern.compile(regex).matcher(Files.readString(README));
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<String> difference(Set<String> all, Set<String> removed) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(removed);
        return rest;
    }
}
