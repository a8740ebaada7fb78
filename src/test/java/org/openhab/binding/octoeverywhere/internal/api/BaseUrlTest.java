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

import java.net.URI;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BaseUrl#parse(String)}: HTTPS, or HTTP to this machine only.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class BaseUrlTest {

    @ParameterizedTest
    @CsvSource({ "https://octoeverywhere.com, https://octoeverywhere.com",
            "https://octoeverywhere.com/, https://octoeverywhere.com",
            "'  https://octoeverywhere.com/  ', https://octoeverywhere.com",
            "HTTPS://OctoEverywhere.com, https://octoeverywhere.com",
            "https://proxy.example:8443/oe/, https://proxy.example:8443/oe",
            "https://proxy.example:65535, https://proxy.example:65535",
            "https://proxy.example/a%20b//, https://proxy.example/a%20b",
            "http://localhost:8080, http://localhost:8080", "http://LOCALHOST/, http://localhost",
            "http://127.0.0.1:1234/, http://127.0.0.1:1234", "http://127.8.9.10, http://127.8.9.10",
            "http://[::1]:8080, http://[::1]:8080" })
    void accepts(String text, String expected) {
        assertEquals(URI.create(expected), BaseUrl.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "octoeverywhere.com", "//octoeverywhere.com", "/api",
            "http://octoeverywhere.com", "http://192.168.1.2", "http://localhost.evil.example",
            "http://127.evil.example", "http://[::2]", "http://[fe80::1%25nosuchif]:8080", "ftp://octoeverywhere.com",
            "javascript:alert(1)", "mailto:someone@example.com", "https://user:secret@octoeverywhere.com",
            "https://user@octoeverywhere.com", "https://octoeverywhere.com?x=1", "https://octoeverywhere.com/#top",
            "https://octoeverywhere.com:0", "https://octoeverywhere.com:70000", "https://", "https:///path",
            "https://octo everywhere.com", "https://bad_host.example" })
    void rejectsWithAMessage(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BaseUrl.parse(text));
        String message = String.valueOf(e.getMessage());
        assertTrue(message.startsWith("The base URL"), message);
        if (text.contains("secret")) {
            assertFalse(message.contains("secret"), message);
        }
    }
}
