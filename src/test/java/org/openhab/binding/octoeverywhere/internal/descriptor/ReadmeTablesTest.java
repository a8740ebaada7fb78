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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants;

/**
 * Keeps the README's tables of channels, configuration parameters and properties listing exactly what the add-on has.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ReadmeTablesTest {
    private static final Path README = Path.of("README.md");

    @Test
    void theChannelTablesListEveryChannel() throws IOException {
        Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+#[a-z-]+)` +\\|").matcher(section("## Channels"));
        Set<String> listed = new TreeSet<>();
        while (row.find()) {
            listed.add(row.group(1));
        }
        assertEquals(AddonDeclarations.channelItemTypes().keySet(), listed);
    }

    @Test
    void theConfigurationTablesListEveryParameter() throws IOException {
        assertEquals(AddonDeclarations.parameters(AddonDeclarations.THING_TYPES).keySet(),
                firstColumn(section("## Thing Configuration")));
        assertEquals(AddonDeclarations.parameters(AddonDeclarations.BINDING_CONFIG).keySet(),
                firstColumn(section("## Binding Configuration")));
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
}
