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
package org.openhab.binding.octoeverywhere.internal.connect;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The page templates: values escaped, markup only where a template asks for it, no placeholder left unfilled.
 */
@NonNullByDefault
class PageTemplateTest {
    static final Path TEMPLATES = Path.of("src/main/resources/org/openhab/binding/octoeverywhere/internal/connect");

    @Test
    void escapesValuesAndTextsButNotMarkup() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Html.escape("<a href=\"x\">&'"));
        Html note = PageTemplate.load("note.html").fill(Map.of("text", "<b>&"), key -> key);
        assertEquals("<p class=\"note\">&lt;b&gt;&amp;</p>\n", note.markup());
        Html message = PageTemplate.load("message.html")
                .fill(
                        Map.of(
                                "title", "T<",
                                "message", "M\"",
                                "extra", note,
                                "action", Html.EMPTY,
                                "setupHref", "/octoeverywhere"),
                        key -> "<" + key + ">");
        assertTrue(message.markup().contains("<h1>T&lt;</h1>"));
        assertTrue(message.markup().contains("<p class=\"note\">&lt;b&gt;&amp;</p>"));
        assertTrue(message.markup().contains("&lt;connect.page.back&gt;</a>"));
    }

    @Test
    void aMissingOrWrongValueFailsAtOnce() {
        PageTemplate link = PageTemplate.load("link.html");
        assertThrows(IllegalStateException.class, () -> link.fill(Map.of("href", "/"), key -> key));
        assertThrows(
                IllegalStateException.class,
                () -> PageTemplate.load("note.html").fill(Map.of("text", Html.EMPTY), key -> key));
        assertThrows(IllegalStateException.class, () -> PageTemplate.load("missing.html"));
    }

    @Test
    void templatesLoadNothingFromElsewhereAndRunNoScript() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                String template = Files.readString(file).toLowerCase(java.util.Locale.ROOT);
                assertFalse(template.contains("<script"), file.toString());
                assertFalse(template.contains(" on"), file + ": no event handler attributes");
                assertFalse(
                        template.contains("http:") || template.contains("https:") || template.contains("//"),
                        file + ": nothing from elsewhere");
                assertFalse(template.contains("@import") || template.contains("url("), file.toString());
            }
        }
    }
}
