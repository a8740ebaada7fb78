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
 * The App Connection Portal's address for an app id.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class AppPortalTest {
    @Test
    void thePortalAddressCarriesTheAppIdAndTheEncodedReturnAddress() {
        assertEquals(
                "https://octoeverywhere.com/appportal/v1/?appid=devtest&returnUrl="
                        + "http%3A%2F%2F192.168.1.10%3A8080%2Foctoeverywhere%2Fconnected%3Fstate%3Dabc",
                AppPortal.url("devtest", "http://192.168.1.10:8080/octoeverywhere/connected?state=abc", null));
        assertTrue(AppPortal.url("a&b=c", "x", null).contains("appid=a%26b%3Dc&"));
    }

    @Test
    void aPrinterIdMakesThePortalSelectThatPrinter() {
        assertEquals("https://octoeverywhere.com/appportal/v1/?appid=devtest&returnUrl=x&printerId=p%261",
                AppPortal.url("devtest", "x", "p&1"));
    }

    @Test
    void anAppIdIsShortPrintableAsciiWithoutSpaces() {
        assertTrue(AppPortal.isValidAppId("devtest"));
        assertTrue(AppPortal.isValidAppId("x".repeat(AppPortal.MAX_APP_ID_LENGTH)));
        assertFalse(AppPortal.isValidAppId("x".repeat(AppPortal.MAX_APP_ID_LENGTH + 1)));
        assertFalse(AppPortal.isValidAppId(""));
        assertFalse(AppPortal.isValidAppId(null));
        assertFalse(AppPortal.isValidAppId("dev test"));
        assertFalse(AppPortal.isValidAppId("dev\ntest"));
        assertFalse(AppPortal.isValidAppId("dev\u007ftest"));
        assertFalse(AppPortal.isValidAppId("dévtest"));
        assertThrows(IllegalArgumentException.class, () -> AppPortal.url("dev test", "x", null));
    }
}
