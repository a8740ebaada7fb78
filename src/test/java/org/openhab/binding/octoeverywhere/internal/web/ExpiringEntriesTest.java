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
package org.openhab.binding.octoeverywhere.internal.web;

import static org.junit.jupiter.api.Assertions.*;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.test.ManualClock;

/**
 * What the set-up pages keep in memory between requests: for a while only, and only so many.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ExpiringEntriesTest {
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T10:00:00Z"));
    private final ExpiringEntries<String> entries = new ExpiringEntries<>(new RandomIds(new SecureRandom()), clock,
            LIFETIME, 3);

    @Test
    void aValueIsKeptForItsLifetimeOnly() {
        String id = entries.add("a");
        assertTrue(RandomIds.looksValid(id));
        clock.advance(LIFETIME.minusMillis(1));
        assertEquals("a", entries.get(id));
        assertEquals("a", entries.get(id), "reading keeps it");
        clock.advance(Duration.ofMillis(1));
        assertNull(entries.get(id));
    }

    @Test
    void atMostTheMaximumAreKeptAndTheOldestGoesFirst() {
        String oldest = entries.add("a");
        String second = entries.add("b");
        clock.advance(Duration.ofMillis(1));
        String third = entries.add("c");
        String newest = entries.add("d");
        assertNull(entries.get(oldest));
        assertEquals("b", entries.get(second));
        assertEquals("c", entries.get(third));
        assertEquals("d", entries.get(newest));
    }

    @Test
    void aValueIsRemovedOnce() {
        String id = entries.add("a");
        String other = entries.add("b");
        assertEquals("a", entries.remove(id));
        assertNull(entries.remove(id));
        assertNull(entries.get(id));
        assertEquals("b", entries.get(other));
    }
}
