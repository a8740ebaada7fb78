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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The address the portal returns to, built from what the browser used to reach openHAB: only what a browser can
 * really have used, so that a forged Host header cannot send the portal's answer elsewhere.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class SetupSiteTest {
    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "http, openhab.local, 8080, http://openhab.local:8080/octoeverywhere/connected",
            "HTTPS, 192.168.1.10, 8443, https://192.168.1.10:8443/octoeverywhere/connected",
            "http, ::1, 1, http://[::1]:1/octoeverywhere/connected",
            "http, openhab.local, 65535, http://openhab.local:65535/octoeverywhere/connected",
            "http, openhab.local, 0, none", "http, openhab.local, 65536, none", "http, openhab.local, -1, none",
            "ftp, openhab.local, 21, none", "http, evil.example/x?, 80, none", "http, a b, 80, none" })
    void theReturnAddressIsTheOneTheBrowserUsedIfABrowserCanHaveUsedIt(String scheme, String host, int port,
            @Nullable String expected) {
        SetupRequest request = new SetupRequest("GET", "", "/octoeverywhere", null, List.of(), scheme, host, port,
                false, true, "192.168.1.20");
        assertEquals(expected, SetupSite.callbackUrl(request));
    }
}
