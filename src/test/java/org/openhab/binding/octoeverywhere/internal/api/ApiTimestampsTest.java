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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lenient reading of the Info API's timestamps.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ApiTimestampsTest {

    @ParameterizedTest
    @CsvSource({ "2025-01-02T03:04:05.1234567, 2025-01-02T03:04:05.1234567Z",
            "2025-01-02T03:04:05, 2025-01-02T03:04:05Z", "2025-01-02T03:04, 2025-01-02T03:04:00Z",
            "2025-01-02T03:04:05.1, 2025-01-02T03:04:05.100Z", "2025-01-02T03:04:05.12Z, 2025-01-02T03:04:05.120Z",
            "2025-01-02T03:04:05Z, 2025-01-02T03:04:05Z", "2025-01-02t03:04:05z, 2025-01-02T03:04:05Z",
            "2025-01-02T05:04:05+02:00, 2025-01-02T03:04:05Z",
            "2025-01-02T05:04:05.1234567+02:00, 2025-01-02T03:04:05.1234567Z",
            "2025-01-01T22:04:05-05:00, 2025-01-02T03:04:05Z", "2025-01-02T05:04:05+0200, 2025-01-02T03:04:05Z",
            "2025-01-02 03:04:05, 2025-01-02T03:04:05Z", "' 2025-01-02T03:04:05Z ', 2025-01-02T03:04:05Z",
            "0002-01-01T00:00:00, 0002-01-01T00:00:00Z" })
    void readsTimestamp(String text, String expected) {
        assertEquals(Instant.parse(expected), ApiTimestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0001-01-01T00:00:00", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00.0000000",
            "0001-01-01T00:00:00+00:00", "0000-01-01T00:00:00" })
    void yearOneMeansNever(String text) {
        assertNull(ApiTimestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "yesterday", "2025-01-02", "2025-13-02T03:04:05", "2025-01-02T25:04:05",
            "1735787045", "2025-01-02T03:04:05.1234567891Z", "2025-01-02T03:04:05 garbage" })
    void unreadableIsUnknown(String text) {
        assertNull(ApiTimestamps.parse(text));
    }

    @Test
    void missingOrHugeIsUnknown() {
        assertNull(ApiTimestamps.parse(null));
        assertNull(ApiTimestamps.parse("2025-01-02T03:04:05" + "0".repeat(10_000)));
    }
}
