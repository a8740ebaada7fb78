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
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.action.PrinterActions;
import org.openhab.core.thing.binding.ThingActions;
import org.w3c.dom.Element;

/**
 * Keeps the README's examples true: the channels, parameters, events, items and actions they use are the ones the add-
 * on has, the items file defines exactly the items the examples use, and the list above the rules file names its
 * rules.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ReadmeExamplesTest {
    private static final Path README = Path.of("README.md");
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
        linked.removeAll(AddonDeclarations.channelItemTypes().keySet());
        assertEquals(Set.of(), linked, "README links channels the thing does not have");
    }

    @Test
    void everyItemOfTheExamplesHasTheItemTypeOfItsChannel() throws IOException {
        Matcher item = Pattern.compile("(?m)^(" + ITEM_TYPE + ")\\s+(\\w+)\\s.*\\{\\s*channel=\"" + THING + "\"")
                .matcher(itemsBlock());
        Map<String, String> itemTypes = AddonDeclarations.channelItemTypes();
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
    void everyThingOfTheExamplesHasItsRequiredParametersAndNoOthers() throws IOException {
        Map<String, Boolean> parameters = AddonDeclarations.parameters(AddonDeclarations.THING_TYPES);
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
        for (Element element : Descriptors.all(Descriptors.parse(AddonDeclarations.THING_TYPES).getDocumentElement())) {
            if ("option".equals(element.getLocalName())) {
                String option = element.getAttribute("value");
                assertTrue(readme.contains("`" + option + "`"), option + " is not described in the README");
            }
        }
        Map<String, Set<String>> events = AddonDeclarations.triggerEvents();
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
