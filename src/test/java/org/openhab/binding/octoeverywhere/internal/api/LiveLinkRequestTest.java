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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hour bounds and value semantics of {@link LiveLinkRequest}.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class LiveLinkRequestTest {

    @ParameterizedTest
    @ValueSource(ints = { 0, -1, 17521, Integer.MIN_VALUE, Integer.MAX_VALUE })
    void rejectsHoursOutOfRange(int hours) {
        IllegalArgumentException timed = assertThrows(IllegalArgumentException.class,
                () -> LiveLinkRequest.timed(hours));
        assertTrue(String.valueOf(timed.getMessage()).contains("1 and 17520"));
        assertThrows(IllegalArgumentException.class, () -> LiveLinkRequest.untilPrintCompletes(hours));
    }

    @ParameterizedTest
    @ValueSource(ints = { LiveLinkRequest.MIN_HOURS, 24, LiveLinkRequest.MAX_HOURS })
    void acceptsHoursInRange(int hours) {
        assertEquals(hours, LiveLinkRequest.timed(hours).expirationHours());
        assertFalse(LiveLinkRequest.timed(hours).untilPrintCompletes());
        assertTrue(LiveLinkRequest.untilPrintCompletes(hours).untilPrintCompletes());
    }

    @Test
    void equalRequestsAreEqual() {
        assertEquals(LiveLinkRequest.timed(24), new LiveLinkRequest(24, false));
        assertEquals(LiveLinkRequest.timed(24).hashCode(), new LiveLinkRequest(24, false).hashCode());
        assertNotEquals(LiveLinkRequest.timed(24), LiveLinkRequest.untilPrintCompletes(24));
        assertNotEquals(LiveLinkRequest.timed(24), LiveLinkRequest.timed(25));
    }
}
