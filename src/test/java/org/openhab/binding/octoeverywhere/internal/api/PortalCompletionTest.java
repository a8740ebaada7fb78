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

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * What the App Connection Portal's return address carries, every value checked.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PortalCompletionTest {
    @Test
    void aCompletionIsReadWithEveryValueChecked() {
        Map<String, String> query = new HashMap<>();
        query.put("success", "True");
        query.put("appApiToken", "  Token-0123456789 ");
        query.put("id", "c1");
        query.put("printername", "Prusa\nMK4\u0000");
        query.put("printerLastKnownLocalIp", "192.168.1.50");
        query.put("userPrinterAccessUrl", "https://octoeverywhere.com/p/1");
        PortalCompletion completion = PortalCompletion.of(query);
        assertTrue(completion.success());
        assertEquals("Token-0123456789", completion.appToken());
        assertEquals("c1", completion.connectionId());
        assertEquals("Prusa MK4", completion.printerName());
        assertEquals("192.168.1.50", completion.printerLocalIp());
        assertEquals("https://octoeverywhere.com/p/1", completion.printerUrl());
        assertNull(completion.reason());
        assertFalse(completion.toString().contains("Token-0123456789"));

        query.put("appApiToken", "two words");
        query.put("printerLastKnownLocalIp", "<b>");
        query.put("userPrinterAccessUrl", "javascript:alert(1)");
        query.put("printername", "x".repeat(500));
        completion = PortalCompletion.of(query);
        assertNull(completion.appToken());
        assertNull(completion.printerLocalIp());
        assertNull(completion.printerUrl());
        assertEquals("x".repeat(FieldText.MAX_TEXT_LENGTH) + "…", completion.printerName());
    }

    @Test
    void aFailureIsAnythingButSuccessTrueAndMayHaveAReason() {
        assertFalse(PortalCompletion.of(Map.of()).success());
        assertFalse(PortalCompletion.of(Map.of("success", "false", "appApiToken", "Token-0123456789")).success());
        assertFalse(PortalCompletion.of(Map.of("success", "yes")).success());
        assertEquals("denied", PortalCompletion.of(Map.of("success", "false", "error", " denied ")).reason());
        assertEquals("m", PortalCompletion.of(Map.of("message", "m")).reason());
    }
}
