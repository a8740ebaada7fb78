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
package org.openhab.binding.octoeverywhere.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The packages of the binding use each other in one direction only, so that each can be read (and tested) with the
 * ones below it: the one cycle is openHAB's, a handler names its actions class and the actions call the handler.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PackageDependenciesTest {
    /** The shared sources and those of the Jetty 9 line, which the Jetty 12 line's are made from. */
    private static final List<Path> MAIN = List.of(Path.of("src/main/java/org/openhab/binding/octoeverywhere/internal"),
            Path.of("src/main/jetty9/java/org/openhab/binding/octoeverywhere/internal"));
    private static final Pattern USE = Pattern.compile(
            "^import (?:static )?org\\.openhab\\.binding\\.octoeverywhere\\.internal\\.([a-z0-9]+)\\.",
            Pattern.MULTILINE);
    private static final Set<Set<String>> ALLOWED_CYCLES = Set.of(Set.of("handler", "action"));

    @Test
    void packagesFormNoCycleButTheHandlerAndItsActions() throws IOException {
        Map<String, Set<String>> uses = uses();
        assertTrue(uses.keySet().containsAll(List.of("api", "connect", "handler", "livelink", "webhook")),
                uses.toString());
        Set<Set<String>> cycles = new HashSet<>();
        for (String from : uses.keySet()) {
            Set<String> cycle = new TreeSet<>();
            for (String to : reachable(uses, from)) {
                if (reachable(uses, to).contains(from)) {
                    cycle.add(to);
                }
            }
            if (!cycle.isEmpty()) {
                cycle.add(from);
                cycles.add(cycle);
            }
        }
        assertEquals(ALLOWED_CYCLES, cycles, "package uses: " + uses);
    }

    @Test
    void theRootPackageUsesNoOtherPackageOfTheBinding() throws IOException {
        assertEquals(Set.of(), uses().getOrDefault("", Set.of()));
    }

    /** Which packages each package imports from; the root package is "". */
    private static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path root : MAIN) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Path relative = root.relativize(file.getParent());
                    String from = relative.toString().isEmpty() ? "" : relative.getName(0).toString();
                    Set<String> to = new TreeSet<>();
                    Matcher matcher = USE.matcher(Files.readString(file));
                    while (matcher.find()) {
                        if (!matcher.group(1).equals(from) && !Character.isUpperCase(matcher.group(1).charAt(0))) {
                            to.add(matcher.group(1));
                        }
                    }
                    uses.merge(from, to, (a, b) -> {
                        a.addAll(b);
                        return a;
                    });
                }
            }
        }
        return uses;
    }

    private static Set<String> reachable(Map<String, Set<String>> uses, String from) {
        Set<String> seen = new TreeSet<>();
        Deque<String> next = new ArrayDeque<>(uses.getOrDefault(from, Set.of()));
        while (!next.isEmpty()) {
            String packageName = next.pop();
            if (seen.add(packageName)) {
                next.addAll(uses.getOrDefault(packageName, Set.of()));
            }
        }
        return seen;
    }
}
