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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer;
import org.openhab.binding.octoeverywhere.internal.test.ScriptedResponse;

/**
 * A round trip that does not connect a printer, over real HTTP: a cancelled one ends on a result page that reloads
 * without an error and costs no memory, and every failure of a round trip offers to try it again.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class FailedRoundTripTest extends AbstractConnectTest {
    private static final String TOKEN = "NewToken-0123456789abcdef";
    private static final String MK4 = "octoeverywhere:printer:mk4";
    private static final String TRY_AGAIN = "<a class=\"button primary\" href=\"/octoeverywhere/connect\">Try again</a>";
    private static final String TRY_AGAIN_MK4 = "<a class=\"button primary\" "
            + "href=\"/octoeverywhere/connect?thing=octoeverywhere%3Aprinter%3Amk4\">Try again</a>";
    private static final String BACK = "<a class=\"button\" href=\"/octoeverywhere\">Back to the set-up page</a>";

    @Test
    void aCancelledRoundTripEndsOnAResultPageThatReloadsTheSameWithoutMemory() throws Exception {
        ConnectFixture.Started started = fixture.connect();
        ContentResponse redirect = fixture.callback(started, Map.of("success", "false", "error", "user cancelled"));
        String location = location(redirect);
        assertTrue(location.startsWith("/octoeverywhere/result?failed=cancelled&reason=user+cancelled&sig="), location);
        String setCookie = String.valueOf(redirect.getHeaders().get(HttpHeader.SET_COOKIE));
        assertTrue(setCookie.startsWith(started.cookie() + ";") && setCookie.contains("Max-Age=900"),
                "the browser keeps its key for a reload: " + setCookie);

        ContentResponse page = fixture.follow(redirect, started);
        assertEquals(200, page.getStatus());
        String body = page.getContentAsString();
        assertTrue(body.contains("<h1>Not connected</h1>"), body);
        assertTrue(body.contains("The App Connection Portal did not finish: nothing was changed."), body);
        assertTrue(body.contains("The portal said: user cancelled"), body);
        assertTrue(body.contains(TRY_AGAIN + "\n" + BACK), "Try again next to Back: " + body);

        for (int reload = 0; reload < 3; reload++) {
            ContentResponse again = fixture.follow(redirect, started);
            assertEquals(200, again.getStatus());
            assertEquals(body, again.getContentAsString());
        }
        assertEquals(0, fixture.servlet.entriesInMemory(), "the page is made from its address alone");
        assertEquals(0, fixture.octoEverywhere.requestCount(OctoEverywhereServer.INFO_PATH));
        fixture.openhab.assertNoResult();
    }

    @Test
    void aCancelledReconnectTriesTheSameThingAgain() throws Exception {
        fixture.openhab.addPrinter("mk4", "Workshop MK4", GONE, true, "OldToken-0123456789", "Prusa MK4");
        ConnectFixture.Started started = fixture.connect("?thing=" + MK4);
        ContentResponse page = fixture.follow(fixture.callback(started, Map.of("success", "false")), started);
        assertEquals(200, page.getStatus());
        String body = page.getContentAsString();
        assertTrue(body.contains(TRY_AGAIN_MK4 + "\n" + BACK), body);
        assertFalse(body.contains("The portal said"), "no reason, no note");
        assertEquals(303, fixture.get(ConnectPaths.CONNECT + "?thing=" + MK4).getStatus(), "Try again works");
        assertEquals(0, fixture.servlet.entriesInMemory());
    }

    @Test
    void aFailedRoundTripsPageIsShownOnlyInTheBrowserThatStartedIt() throws Exception {
        ConnectFixture.Started started = fixture.connect();
        ConnectFixture.Started other = fixture.connect();
        ContentResponse redirect = fixture.callback(started, Map.of("success", "false", "error", "denied"));
        String location = location(redirect);
        assertEquals(404, fixture.get(location).getStatus(), "no cookie");
        assertEquals(404, fixture.get(location, "Cookie", other.cookie()).getStatus(), "another browser");
        assertEquals(200, fixture.get(location, "Cookie", started.cookie()).getStatus());

        String signature = location.substring(location.indexOf("&sig="));
        String forged = "/octoeverywhere/result?failed=cancelled&reason="
                + URLEncoder.encode("Log in at evil.example", StandardCharsets.UTF_8);
        for (String changed : List.of(location.replace("denied", "Log+in+at+evil.example"),
                location.replace("cancelled", "incomplete"), location.replace("reason=denied&", ""),
                location.replace("&reason=denied", "&thing=" + MK4 + "&reason=denied"), forged, forged + signature,
                forged + "&sig=" + "A".repeat(43))) {
            ContentResponse answer = fixture.get(changed, "Cookie", started.cookie());
            assertEquals(404, answer.getStatus(), changed);
            assertTrue(answer.getContentAsString().contains("Nothing to show"), changed);
            assertFalse(answer.getContentAsString().contains("evil"), changed);
        }
        assertEquals(0, fixture.servlet.entriesInMemory());
    }

    @Test
    void aLongHostileReasonIsEscapedOnTheResultPage() throws Exception {
        String reason = "<script>alert('x')</script>\"" + "R".repeat(200) + "<img src=x onerror=alert(1)>";
        ConnectFixture.Started started = fixture.connect();
        ContentResponse page = fixture.follow(fixture.callback(started, Map.of("success", "false", "error", reason)),
                started);
        assertEquals(200, page.getStatus());
        String body = page.getContentAsString();
        assertTrue(body.contains("The portal said: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;"
                + "R".repeat(200) + "&lt;img src=x onerror=alert(1)&gt;"), body);
        assertFalse(body.contains("<script") || body.contains("<img"), body);
    }

    @Test
    void anIncompleteReturnsResultSaysSoAndOffersTryAgain() throws Exception {
        ConnectFixture.Started started = fixture.connect();
        ContentResponse redirect = fixture.callback(started, Map.of("success", "true", "id", "a"));
        assertTrue(location(redirect).startsWith("/octoeverywhere/result?failed=incomplete&sig="), location(redirect));
        String body = fixture.follow(redirect, started).getContentAsString();
        assertTrue(body.contains("no usable token or connection id"), body);
        assertTrue(body.contains(TRY_AGAIN + "\n" + BACK), body);
    }

    @Test
    void everyFailureOfAStartedRoundTripOffersTryAgain() throws Exception {
        fixture.openhab.addPrinter("mk4", "Workshop MK4", GONE, true, "OldToken-0123456789", "Prusa MK4");

        ContentResponse unknown = fixture.callback(fixture.connect(), success("Forged-0123456789", "x", "Y"));
        assertEquals(403, unknown.getStatus());
        assertTrue(unknown.getContentAsString().contains(TRY_AGAIN + "\n" + BACK), unknown.getContentAsString());

        ContentResponse otherPrinter = fixture.callback(fixture.connect("?thing=" + MK4),
                fixture.connected(TOKEN, "c2", "Neighbour's Voron"));
        assertEquals(409, otherPrinter.getStatus());
        assertTrue(otherPrinter.getContentAsString().contains(TRY_AGAIN_MK4 + "\n" + BACK),
                otherPrinter.getContentAsString());

        fixture.octoEverywhere.respondOnce(OctoEverywhereServer.INFO_PATH, ScriptedResponse.json(601, "{}"));
        ContentResponse unconfirmed = fixture.callback(fixture.connect(), fixture.connected(TOKEN, "c3", "MK4"));
        assertEquals(502, unconfirmed.getStatus());
        assertTrue(unconfirmed.getContentAsString().contains(TRY_AGAIN + "\n" + BACK),
                unconfirmed.getContentAsString());

        for (int i = 0; i < PortalReturn.RETURNS_PER_MINUTE; i++) {
            fixture.callback(fixture.connect(), success("Forged-0123456789" + i, "x", "Y"));
        }
        ContentResponse busy = fixture.callback(fixture.connect("?thing=" + MK4), fixture.connected(TOKEN, "c", "P"));
        assertEquals(429, busy.getStatus());
        assertTrue(busy.getContentAsString().contains(TRY_AGAIN_MK4 + "\n" + BACK), busy.getContentAsString());
        assertFalse(fixture.everythingSent().contains(TOKEN));
    }

    @Test
    void aLinkThatCannotBeUsedOffersOnlyTheWayBack() throws Exception {
        ContentResponse invalid = fixture.callback(new ConnectFixture.Started("x.y", "octoeverywhere_connect=none",
                java.net.URI.create("https://octoeverywhere.com")), success(TOKEN, "a", "P"));
        assertEquals(400, invalid.getStatus());
        assertFalse(invalid.getContentAsString().contains("Try again"), invalid.getContentAsString());
        assertTrue(invalid.getContentAsString().contains(BACK));
    }
}
