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
package org.openhab.binding.octoeverywhere.internal.web;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The page templates: values escaped, markup only where a template asks for it, no placeholder left unfilled.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PageTemplateTest {
    @Test
    void escapesValuesAndTextsButNotMarkup() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Html.escape("<a href=\"x\">&'"));
        Html note = PageTemplate.load(PageTemplateTest.class, "note.html").fill(Map.of("text", "<b>&"), key -> key);
        assertEquals("<p class=\"note\">&lt;b&gt;&amp;</p>\n", note.markup());
        Html page = PageTemplate.load(PageTemplateTest.class, "page.html")
                .fill(Map.of("title", "T<", "extra", note, "href", "/a?b=\"c\""), key -> "<" + key + ">");
        assertEquals(
                "<h1>T&lt;</h1>\n<p class=\"note\">&lt;b&gt;&amp;</p>\n\n<a href=\"/a?b=&quot;c&quot;\">&lt;back&gt;</a>\n",
                page.markup());
    }

    @Test
    void aMissingOrWrongValueFailsAtOnce() {
        PageTemplate page = PageTemplate.load(PageTemplateTest.class, "page.html");
        assertThrows(IllegalStateException.class, () -> page.fill(Map.of("title", "t", "href", "/"), key -> key));
        assertThrows(IllegalStateException.class, () -> PageTemplate.load(PageTemplateTest.class, "note.html")
                .fill(Map.of("text", Html.EMPTY), key -> key));
        assertThrows(IllegalStateException.class, () -> PageTemplate.load(PageTemplateTest.class, "missing.html"));
    }
}
