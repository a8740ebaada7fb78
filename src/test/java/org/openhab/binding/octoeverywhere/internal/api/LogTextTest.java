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
package org.openhab.binding.octoeverywhere.internal.api;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Text from elsewhere as a log line or a page shows it.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class LogTextTest {
    @Test
    void aTextIsOneShortLineCutBetweenCharacters() {
        assertEquals("a b   c", LogText.oneLine(" a\nb\r\n\u0000c\t", 10));
        String faces = "\uD83D\uDE00".repeat(5);
        assertEquals(faces, LogText.oneLine(faces, 5));
        assertEquals("\uD83D\uDE00".repeat(3) + "…", LogText.oneLine(faces, 3));
        assertEquals("ab…", LogText.oneLine("ab   cd", 4));
    }

    @Test
    void anExcerptHidesTheSecretOnOneShortLine() {
        String excerpt = LogText.excerpt("{\"token\":\"Tok-0123456789\"}\r\n" + "x".repeat(500), "Tok-0123456789");
        assertTrue(excerpt.startsWith("{\"token\":\"***\"}  x"), excerpt);
        assertEquals(LogText.MAX_EXCERPT + 1, excerpt.length());
        assertTrue(excerpt.endsWith("x…"), excerpt);
    }

    @Test
    void anExcerptHidesTheSecretAsJsonMayEscapeItToo() {
        String secret = "Tok/en+0123=";
        String body = "{\"a\":\"Tok\\/en+0123=\",\"b\":\"Tok\\u002fen\\u002b0123\\u003d\",\"c\":\"Tok\\u002Fen\\u002B0123\\u003D\"}";
        assertEquals("{\"a\":\"***\",\"b\":\"***\",\"c\":\"***\"}", LogText.excerpt(body, secret));
    }
}
