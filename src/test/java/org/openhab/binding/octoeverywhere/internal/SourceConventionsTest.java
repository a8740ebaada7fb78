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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * What openHAB's static analysis asks of every source file, checked here too: the version of its Checkstyle that the
 * build runs misses a missing author tag on a class with an annotation between its Javadoc and its declaration (and
 * takes the first author tag it sees, even one quoted in a sentence, for the class's own).
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class SourceConventionsTest {
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("src/test/java"),
            Path.of("src/bench/java"));
    private static final Pattern AUTHOR = Pattern.compile("(?m)^ \\* @author \\S.* - \\S.*$");

    @Test
    void everyTypeNamesItsAuthorAsOpenHabAsksAndEveryFileStartsWithTheLicence() throws IOException {
        String header = Files.readString(Path.of(".spotless/license-header.txt")).strip();
        List<String> wrong = new ArrayList<>();
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            if (!source.startsWith(header)) {
                wrong.add(file + ": not the licence header");
            }
            if (!AUTHOR.matcher(source).find()) {
                wrong.add(file + ": no @author <name> - <contribution>");
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static List<Path> javaFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : SOURCES) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(file -> file.toString().endsWith(".java")).forEach(files::add);
            }
        }
        assertTrue(files.size() > 100, files.size() + " source files");
        return files;
    }
}
