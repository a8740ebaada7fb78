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
package org.openhab.binding.octoeverywhere.internal.webhook;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.test.ManualClock;

/**
 * Wrong secret keys, counted by sender.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class WrongSecretsTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final WrongSecrets wrong = new WrongSecrets(clock);

    @Test
    void aSenderIsBlockedForAMinuteAfterABurstOthersAreNot() {
        for (int i = 0; i < WrongSecrets.BURST; i++) {
            assertFalse(wrong.wrong("10.0.0.66"), "wrong secret " + (i + 1));
        }
        assertTrue(wrong.wrong("10.0.0.66"));
        assertFalse(wrong.wrong("10.0.0.20"), "another sender");
        clock.advance(WrongSecrets.BLOCK.minusSeconds(1));
        assertTrue(wrong.wrong("10.0.0.66"));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(wrong.wrong("10.0.0.66"), "the block is over, the count starts again");
    }

    @Test
    void wrongSecretsSpreadOverMoreThanAMinuteDoNotBlock() {
        for (int i = 0; i < 3 * WrongSecrets.BURST; i++) {
            assertFalse(wrong.wrong("10.0.0.66"));
            clock.advance(Duration.ofSeconds(4));
        }
    }

    @Test
    void atMostAFixedNumberOfSendersIsRemembered() {
        for (int i = 0; i < 3 * WrongSecrets.MAX_SENDERS; i++) {
            wrong.wrong("10.0." + (i / 256) + "." + (i % 256));
        }
        assertEquals(WrongSecrets.MAX_SENDERS, wrong.remembered());
    }
}
