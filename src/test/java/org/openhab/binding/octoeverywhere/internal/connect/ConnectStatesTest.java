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

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.connect.ConnectResults.InInbox;
import org.openhab.binding.octoeverywhere.internal.connect.ConnectResults.PasteToken;
import org.openhab.binding.octoeverywhere.internal.test.ManualClock;
import org.openhab.core.thing.ThingUID;

/**
 * The states of round trips under way and the results waiting to be shown: their lifetimes, numbers and uses.
 */
@NonNullByDefault
class ConnectStatesTest {
    private static final ThingUID MK4 = new ThingUID("octoeverywhere:printer:mk4");

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T10:00:00Z"));
    private final RandomIds ids = new RandomIds(new SecureRandom());
    private final ConnectStates states = new ConnectStates(ids, clock);

    @Test
    void aStateIsRandomAndCompletesOnceWithItsCookie() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            assertTrue(seen.add(ids.next()));
        }
        String state = states.start(MK4);
        assertTrue(RandomIds.looksValid(state));
        assertNull(states.finish(state, List.of()));
        assertNull(states.finish(state, List.of(state + "x", "other")));
        ConnectStates.Started started = states.finish(state, List.of("other", state));
        assertNotNull(started);
        assertEquals(MK4, started.reconnect());
        assertNull(states.finish(state, List.of(state)), "single use");
    }

    @Test
    void aStateExpires() {
        String state = states.start(null);
        clock.advance(ConnectStates.LIFETIME);
        assertNull(states.finish(state, List.of(state)));
    }

    @Test
    void atMostSixtyFourAreOpen() {
        String oldest = states.start(null);
        for (int i = 0; i < ConnectStates.MAX_OPEN; i++) {
            states.start(null);
        }
        String newest = states.start(null);
        assertNull(states.finish(oldest, List.of(oldest)));
        assertNotNull(states.finish(newest, List.of(newest)));
    }

    @Test
    void aResultWithATokenIsShownOnceOthersUntilTheyExpire() {
        ConnectResults results = new ConnectResults(ids, clock);
        String inbox = results.add(new InInbox(MK4, "MK4"));
        String paste = results.add(new PasteToken(MK4, "MK4", "Token-0123456789"));
        assertFalse(new PasteToken(MK4, "MK4", "Token-0123456789").toString().contains("Token-"));
        assertNotNull(results.show(paste));
        assertNull(results.show(paste));
        assertNotNull(results.show(inbox));
        assertNotNull(results.show(inbox));
        assertNull(results.show("not an id"));
        clock.advance(ConnectResults.LIFETIME);
        assertNull(results.show(inbox));
    }

    @Test
    void atMostSixtyFourResultsAreKept() {
        ConnectResults results = new ConnectResults(ids, clock);
        String oldest = results.add(new InInbox(MK4, "MK4"));
        for (int i = 0; i < ConnectResults.MAX_KEPT; i++) {
            results.add(new InInbox(MK4, "MK4"));
        }
        assertNull(results.show(oldest));
    }

    @Test
    void aThingIdIsMadeOfTheConnectionIdsSafeCharacters() {
        assertEquals("abc-1_2", ConnectFlow.thingId("abc-1_2"));
        assertEquals("a_b_c_d", ConnectFlow.thingId("a.b:c/d"));
        assertEquals("_", ConnectFlow.thingId("ä"));
        assertEquals("printer", ConnectFlow.thingId(""));
        assertEquals(
                ConnectFlow.MAX_THING_ID_LENGTH,
                ConnectFlow.thingId("x".repeat(500)).length());
    }
}
