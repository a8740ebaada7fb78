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
package org.openhab.binding.octoeverywhere.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.test.ManualClock;

/**
 * At most n uses in any window.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class RateLimitTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T10:00:00Z"));

    @Test
    void allowsTheUsesOfTheWindowThenOneMoreForEachThatLeavesIt() {
        RateLimit limit = new RateLimit(clock, 3, Duration.ofHours(1));
        assertTrue(limit.tryTake());
        clock.advance(Duration.ofMinutes(10));
        assertTrue(limit.tryTake());
        assertTrue(limit.tryTake());
        assertFalse(limit.tryTake());
        clock.advance(Duration.ofMinutes(49));
        assertFalse(limit.tryTake(), "the first use is 59 minutes old");
        clock.advance(Duration.ofMinutes(1));
        assertTrue(limit.tryTake(), "the first use left the window");
        assertFalse(limit.tryTake(), "the other two are 50 minutes old");
    }

    @Test
    void aClockSetBackDoesNotBlockForLonger() {
        RateLimit limit = new RateLimit(clock, 1, Duration.ofHours(1));
        assertTrue(limit.tryTake());
        clock.advance(Duration.ofHours(-5));
        assertTrue(limit.tryTake());
    }

    @Test
    void needsAtLeastOneUse() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(clock, 0, Duration.ofMinutes(1)));
    }
}
