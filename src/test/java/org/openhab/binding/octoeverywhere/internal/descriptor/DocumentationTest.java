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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README and DEVELOPING.md usable: their links lead somewhere, the README keeps openHAB's one sentence per
 * line, and its test command is the one CI runs.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class DocumentationTest {
    private static final Path README = Path.of("README.md");
    private static final Path DEVELOPING = Path.of("DEVELOPING.md");
    private static final Path CI = Path.of(".ci/run");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    /** The end of a sentence and the start of the next one; "e.g. `x`" and "1, 2, 4 ... minutes" do not count. */
    private static final Pattern NEXT_SENTENCE = Pattern.compile("(?<!\\be\\.g|\\bi\\.e)[.!?][\"')]*\\s+[A-Z]");

    @Test
    void theReadmesTestCommandIsTheOneCiRuns() throws IOException {
        List<String> commands = Files.readAllLines(CI).stream().map(String::strip).filter(l -> l.startsWith("mvn "))
                .toList();
        assertEquals(1, commands.size(), ".ci/run should run one Maven command: " + commands);
        Matcher row = Pattern.compile("(?m)^\\| run the tests \\| `([^`]+)` \\|").matcher(Files.readString(README));
        assertTrue(row.find(), "README has no test command");
        assertEquals(commands.get(0), row.group(1), "CI runs another command than the README's test command");
    }

    @Test
    void everyLinkLeadsToAFileOrHeadingThatExists() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path document : List.of(README, DEVELOPING)) {
            Matcher link = LINK.matcher(withoutCode(Files.readString(document)));
            while (link.find()) {
                String target = link.group(1);
                if (target.startsWith("http://") || target.startsWith("https://")) {
                    continue;
                }
                int hash = target.indexOf('#');
                Path file = hash == 0 ? document : Path.of(hash < 0 ? target : target.substring(0, hash));
                if (!Files.isRegularFile(file)) {
                    broken.add(document + ": " + target);
                } else if (hash >= 0 && file.toString().endsWith(".md")
                        && !anchors(file).contains(target.substring(hash + 1))) {
                    broken.add(document + ": " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theReadmeHasOneSentencePerLine() throws IOException {
        List<String> wrong = new ArrayList<>();
        boolean code = false;
        for (String line : Files.readAllLines(README)) {
            if (line.startsWith("```")) {
                code = !code;
            } else if (!code && !line.startsWith("|") && !line.startsWith("#")) {
                String prose = line.replaceFirst("^\\s*(?:\\d+\\.|[-*])\\s+", "").replaceAll("`[^`]*`", "x")
                        .replaceAll("\\]\\([^)]*\\)", "]");
                if (NEXT_SENTENCE.matcher(prose).find()) {
                    wrong.add(line);
                }
            }
        }
        assertEquals(List.of(), wrong, "put each sentence on a line of its own");
    }

    /** The anchors GitHub gives the headings of the document. */
    private static Set<String> anchors(Path document) throws IOException {
        Set<String> anchors = new TreeSet<>();
        for (String line : withoutCode(Files.readString(document)).split("\n")) {
            if (line.startsWith("#")) {
                String title = line.replaceFirst("^#+\\s+", "").toLowerCase(Locale.ROOT);
                anchors.add(title.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    /** The document without its fenced code blocks. */
    private static String withoutCode(String document) {
        return document.replaceAll("(?ms)^```.*?^```$", "");
    }
}
