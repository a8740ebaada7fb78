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
import static org.openhab.binding.octoeverywhere.internal.connect.OpenhabThings.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.web.Html;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;

/**
 * Reconnect, the round trip for a printer thing that exists: a thing made in Main UI gets its new token through the
 * Inbox, a thing of a .things file gets a page that shows the token once to paste, for a few minutes; no Reconnect for
 * a thing that is no printer or no thing.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ReconnectTest extends AbstractRoundTripTest {
    @Test
    void reconnectingAThingMadeInMainUiGivesItTheNewTokenThroughTheInbox() throws Exception {
        fixture.openhab
                .addPrinter("mk4", "Workshop MK4",
                        status(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                                "@text/offline.config-error.token-invalid [\"604\"]"),
                        true, "OldToken-0123456789", "Prusa");
        ConnectFixture.Started started = fixture.connect("?thing=octoeverywhere%3Aprinter%3Amk4");
        ContentResponse page = fixture
                .follow(fixture.callback(started, fixture.connected(TOKEN, "new-connection", "Prusa")));

        DiscoveryResult result = fixture.openhab.awaitOneResult();
        assertEquals(new ThingUID("octoeverywhere:printer:mk4"), result.getThingUID(), "no second thing");
        assertEquals(TOKEN, result.getProperties().get("appToken"));
        assertTrue(page.getContentAsString().contains("Workshop MK4 has its new token"), page.getContentAsString());
        assertTrue(page.getContentAsString().contains("href=\"/settings/things/octoeverywhere:printer:mk4\""));
        assertFalse(fixture.everythingSent().contains(TOKEN));
    }

    @Test
    void reconnectingAThingOfAThingsFileShowsTheTokenOnceToPaste() throws Exception {
        fixture.openhab.addPrinter("mk4", "Workshop <MK4>", GONE, false, "OldToken-0123456789", "Prusa");
        String token = "Tok\"en<i>-0123456789";
        ConnectFixture.Started started = fixture.connect("?thing=octoeverywhere:printer:mk4");
        ContentResponse redirect = fixture.callback(started, fixture.connected(token, "new-connection", "Prusa"));
        assertFalse(String.valueOf(redirect.getHeaders().get(HttpHeader.LOCATION)).contains("Tok"));
        ContentResponse page = fixture.follow(redirect);
        String body = page.getContentAsString();
        assertEquals(1, count(body, Html.escape("appToken=\"Tok\\\"en<i>-0123456789\"")), body);
        assertEquals(1, count(body, "en&lt;i&gt;-0123456789"), "the token once");
        assertTrue(body.contains("New token for Workshop &lt;MK4&gt;"), body);
        assertTrue(body.contains(".things file"), body);
        assertFalse(body.contains("<i>"));
        fixture.openhab.assertNoResult();

        ContentResponse again = fixture.get(String.valueOf(redirect.getHeaders().get(HttpHeader.LOCATION)));
        assertEquals(404, again.getStatus());
        assertFalse(again.getContentAsString().contains("0123456789"));
        fixture.log.assertNoLineContains("Tok\"en");
        // The one page that shows it is the only answer that holds it.
        assertEquals(1, count(fixture.everythingSent(), "en&lt;i&gt;-0123456789"));
    }

    @Test
    void aResultExpiresAfterAFewMinutes() throws Exception {
        fixture.openhab.addPrinter("mk4", "MK4", GONE, false, "Old-0123");
        ContentResponse redirect = fixture.callback(fixture.connect("?thing=octoeverywhere:printer:mk4"),
                fixture.connected(TOKEN, "n", "P"));
        fixture.advance(ConnectResults.LIFETIME);
        assertEquals(404, fixture.follow(redirect).getStatus());
        assertFalse(fixture.everythingSent().contains(TOKEN));
    }

    @Test
    void reconnectIsRefusedForAThingThatIsNoPrinterOrNoThing() throws Exception {
        fixture.openhab.addThing(new org.openhab.core.thing.ThingTypeUID("astro:sun"), "home", "Sun",
                status(ThingStatus.ONLINE, ThingStatusDetail.NONE, null), true, "");
        assertEquals(404, fixture.get(ConnectPaths.CONNECT + "?thing=astro:sun:home").getStatus());
        assertEquals(404, fixture.get(ConnectPaths.CONNECT + "?thing=octoeverywhere:printer:none").getStatus());
        ContentResponse malformed = fixture.get(ConnectPaths.CONNECT + "?thing=%3Cscript%3E");
        assertEquals(400, malformed.getStatus());
        assertFalse(malformed.getContentAsString().contains("<script>"));
        assertNull(malformed.getHeaders().get(HttpHeader.SET_COOKIE), "no round trip started");
    }
}
