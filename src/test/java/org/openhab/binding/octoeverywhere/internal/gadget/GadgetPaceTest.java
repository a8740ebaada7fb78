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
package org.openhab.binding.octoeverywhere.internal.gadget;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.test.ManualClock;

/**
 * OctoEverywhere's limit on Gadget questions, and the start of the print, as one thing keeps them.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class GadgetPaceTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final GadgetPace pace = new GadgetPace(clock);

    @Test
    void oneQuestionEveryTenSeconds() {
        assertTrue(pace.take());
        assertFalse(pace.take());
        assertEquals(10_000, pace.millisUntilAllowed());
        clock.advance(Duration.ofSeconds(10));
        assertTrue(pace.take());
    }

    @Test
    void theWaitIsRoundedUpSoThatAJobIsNeverEarly() {
        pace.take();
        clock.advance(Duration.ofSeconds(10).minusNanos(400_000));
        assertEquals(1, pace.millisUntilAllowed(), "0.4 ms to go");
        assertFalse(pace.take());
        clock.advance(Duration.ofNanos(400_000));
        assertEquals(0, pace.millisUntilAllowed());
    }

    @Test
    void aClockSetBackDoesNotHoldGadgetBack() {
        pace.take();
        clock.advance(Duration.ofHours(-2));
        assertEquals(0, pace.millisUntilAllowed());
        assertTrue(pace.take());
    }

    @Test
    void aPrintIsStartingForItsFirstMinutes() {
        assertFalse(pace.printStarting(), "no print started");
        pace.printStarted();
        clock.advance(GadgetPace.START_GRACE.minusMillis(1));
        assertTrue(pace.printStarting());
        clock.advance(Duration.ofMillis(1));
        assertFalse(pace.printStarting());
    }
}
