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
import java.util.Arrays;
import java.util.HashMap;
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
 * Keeps the README's examples true: the channels and actions it shows are the ones the add-on has.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ReadmeTest {
    private static final Path README = Path.of("README.md");
    private static final Path THING_TYPES = Path.of("ESH-INF/thing/thing-types.xml");

    @Test
    void everyChannelTheExamplesLinkExists() throws IOException {
        Set<String> linked = matches("channel=\"octoeverywhere:printer:[\\w-]+:([a-z-]+#[a-z-]+)\"");
        linked.addAll(matches("Channel \"octoeverywhere:printer:[\\w-]+:([a-z-]+#[a-z-]+)\" triggered"));
        assertFalse(linked.isEmpty());
        Set<String> channels = channelIds();
        linked.removeAll(channels);
        assertEquals(Set.of(), linked, "README links channels the thing does not have");
    }

    @Test
    void theChannelTableListsEveryChannel() throws IOException {
        String readme = Files.readString(README);
        String table = readme.substring(readme.indexOf("## Channels"), readme.indexOf("## Thing Actions"));
        Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+#[a-z-]+)` +\\|").matcher(table);
        Set<String> listed = new TreeSet<>();
        while (row.find()) {
            listed.add(row.group(1));
        }
        assertEquals(channelIds(), listed);
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
        Set<String> options = new TreeSet<>();
        for (Element element : Descriptors.all(Descriptors.parse(THING_TYPES).getDocumentElement())) {
            if ("option".equals(element.getLocalName())) {
                options.add(element.getAttribute("value"));
            }
        }
        String readme = Files.readString(README);
        for (String option : options) {
            assertTrue(readme.contains("`" + option + "`"), option + " is not described in the README");
        }
        for (String triggered : matches("triggered ([A-Z_]+)")) {
            assertTrue(options.contains(triggered), triggered);
        }
    }

    /** The thing's channels, as {@code group#channel}. */
    private static Set<String> channelIds() throws IOException {
        Map<String, List<String>> channelsOfGroupType = new HashMap<>();
        Map<String, String> groupTypeOfGroup = new HashMap<>();
        for (Element element : Descriptors.all(Descriptors.parse(THING_TYPES).getDocumentElement())) {
            if ("channel-group".equals(element.getLocalName())) {
                groupTypeOfGroup.put(element.getAttribute("id"), element.getAttribute("typeId"));
            } else if ("channel-group-type".equals(element.getLocalName())) {
                channelsOfGroupType.put(element.getAttribute("id"),
                        Descriptors.all(element).stream().filter(channel -> "channel".equals(channel.getLocalName()))
                                .map(channel -> channel.getAttribute("id")).toList());
            }
        }
        Set<String> ids = new TreeSet<>();
        groupTypeOfGroup.forEach((group, type) -> channelsOfGroupType.getOrDefault(type, List.of())
                .forEach(channel -> ids.add(group + "#" + channel)));
        assertFalse(ids.isEmpty());
        return ids;
    }

    private static Set<String> matches(String regex) throws IOException {
        Matcher matcher = Pattern.compile(regex).matcher(Files.readString(README));
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
