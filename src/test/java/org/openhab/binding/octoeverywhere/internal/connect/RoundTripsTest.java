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
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.test.ManualClock;
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;
import org.openhab.core.thing.ThingUID;

/**
 * The signed states of the set-up page's round trips, without a server: whose they are, how long they last, that
 * each ends once, and what the binding remembers of those that ended.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class RoundTripsTest {
    private static final int MAX_ENDED = 3;

    private final ManualClock clock = new ManualClock(PrinterFixture.START);
    private final RoundTrips roundTrips = new RoundTrips(new SecureRandom(), clock, MAX_ENDED);
    private final String browser = roundTrips.browserKey(List.of());

    @Test
    void aStateIsTheBrowsersThatStartedItAndNamesTheThingToReconnect() {
        ThingUID thing = new ThingUID("octoeverywhere:printer:mk4");
        RoundTrips.Started started = roundTrips.check(roundTrips.start(browser, thing), List.of("x", browser));

        assertNotNull(started);
        assertEquals(thing, started.reconnect());
        assertEquals(browser, started.browserKey());
        assertEquals(clock.instant().plus(RoundTrips.LIFETIME), started.expires());
        assertFalse(started.toString().contains(browser), "the browser's key is never logged");
        assertNull(roundTrips.check(roundTrips.start(browser, null), List.of(roundTrips.browserKey(List.of()))),
                "another browser's key");
    }

    @Test
    void aStateOfAnEarlierStartOfTheBindingIsRefused() {
        RoundTrips restarted = new RoundTrips(new SecureRandom(), clock, MAX_ENDED);
        String state = roundTrips.start(browser, null);

        assertNull(restarted.check(state, List.of(browser)), "each start of the binding signs with a key of its own");
        assertNotNull(roundTrips.check(state, List.of(browser)));
    }

    @Test
    void aStateLastsItsLifetimeAndEndsOnce() {
        String state = roundTrips.start(browser, null);
        clock.advance(RoundTrips.LIFETIME.minusSeconds(1));
        RoundTrips.Started started = Objects.requireNonNull(roundTrips.check(state, List.of(browser)));

        assertTrue(roundTrips.end(started));
        assertFalse(roundTrips.end(started), "ended already");
        assertNull(roundTrips.check(state, List.of(browser)), "an ended round trip is not taken again");

        String later = roundTrips.start(browser, null);
        clock.advance(RoundTrips.LIFETIME);
        assertNull(roundTrips.check(later, List.of(browser)), "expired");
    }

    @Test
    void whatIsRememberedOfEndedRoundTripsIsBoundedAndForgottenWhenTheyExpire() {
        for (int i = 0; i < MAX_ENDED + 2; i++) {
            RoundTrips.Started started = roundTrips.check(roundTrips.start(browser, null), List.of(browser));
            assertTrue(roundTrips.end(Objects.requireNonNull(started)));
            assertEquals(Math.min(i + 1, MAX_ENDED), roundTrips.remembered());
        }

        clock.advance(RoundTrips.LIFETIME.plus(Duration.ofSeconds(1)));
        RoundTrips.Started fresh = roundTrips.check(roundTrips.start(browser, null), List.of(browser));
        assertTrue(roundTrips.end(Objects.requireNonNull(fresh)));
        assertEquals(1, roundTrips.remembered(), "the expired ones are forgotten");
    }

    @Test
    void aSealedTextIsTheBrowsersAndNeverAState() {
        String seal = roundTrips.seal("result-page", browser);

        assertTrue(roundTrips.isSealed("result-page", seal, List.of(browser)));
        assertFalse(roundTrips.isSealed("other-page", seal, List.of(browser)));
        assertFalse(roundTrips.isSealed("result-page", seal, List.of(roundTrips.browserKey(List.of()))));
        assertNull(roundTrips.check("result-page." + seal, List.of(browser)));
    }
}
