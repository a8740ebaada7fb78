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
import static org.openhab.binding.octoeverywhere.internal.connect.ConnectFixture.*;

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.api.ContentResponse;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer;
import org.openhab.core.thing.ThingUID;

/**
 * The state that ties the portal's return to the Connect that started it: used once, signed, completed only in the
 * browser that started it, expiring after fifteen minutes. A return with any other state does nothing.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class RoundTripStateTest extends AbstractRoundTripTest {
    @Test
    void aReplayedStateDoesNothing() throws Exception {
        ConnectFixture.Started started = fixture.connect();
        fixture.follow(fixture.callback(started, fixture.connected(TOKEN, "abc", "Prusa MK4")));
        ContentResponse replay = fixture.callback(started, fixture.connected(TOKEN + "x", "def", "Other"));
        assertEquals(400, replay.getStatus());
        assertTrue(replay.getContentAsString().contains("This link cannot be used"));
        assertEquals(new ThingUID("octoeverywhere:printer:abc"), fixture.openhab.awaitOneResult().getThingUID());
    }

    @Test
    void anUnknownStateDoesNothing() throws Exception {
        fixture.connect();
        ConnectFixture.Started started = fixture.connect();
        String payload = started.state().substring(0, started.state().indexOf('.'));
        for (String state : List.of("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                payload + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", payload, started.state() + "A",
                "bm90IHNpZ25lZA." + started.state().substring(started.state().indexOf('.') + 1))) {
            ContentResponse response = fixture.get(
                    ConnectPaths.CONNECTED + "?state=" + state + "&" + encode(fixture.connected(TOKEN, "a", "P")),
                    "Cookie", started.cookie());
            assertEquals(400, response.getStatus(), state);
        }
        assertEquals(400, fixture.get(ConnectPaths.CONNECTED + "?" + encode(success(TOKEN, "a", "P"))).getStatus());
        fixture.openhab.assertNoResult();
    }

    @Test
    void aStateIsCompletedOnlyInTheBrowserThatStartedIt() throws Exception {
        ConnectFixture.Started started = fixture.connect();
        ConnectFixture.Started other = fixture.connect();
        String query = ConnectPaths.CONNECTED + "?state=" + started.state() + "&"
                + encode(fixture.connected(TOKEN, "a", "P"));
        assertEquals(400, fixture.get(query).getStatus(), "no cookie");
        assertEquals(400, fixture.get(query, "Cookie", other.cookie()).getStatus(), "another browser's key");
        fixture.openhab.assertNoResult();
        assertEquals(0, fixture.octoEverywhere.requestCount(OctoEverywhereServer.INFO_PATH), "nobody was asked");

        fixture.follow(fixture.get(query, "Cookie", started.cookie()));
        assertEquals(new ThingUID("octoeverywhere:printer:a"), fixture.openhab.awaitOneResult().getThingUID());
    }

    @Test
    void aStateExpiresAfterFifteenMinutes() throws Exception {
        ConnectFixture.Started inTime = fixture.connect();
        ConnectFixture.Started late = fixture.connect();
        fixture.advance(Duration.ofMinutes(15).minusSeconds(1));
        fixture.follow(fixture.callback(inTime, fixture.connected(TOKEN, "intime", "P")));
        fixture.advance(Duration.ofSeconds(1));
        assertEquals(400, fixture.callback(late, fixture.connected(TOKEN, "late", "P")).getStatus());
        assertEquals(new ThingUID("octoeverywhere:printer:intime"), fixture.openhab.awaitOneResult().getThingUID());
    }
}
