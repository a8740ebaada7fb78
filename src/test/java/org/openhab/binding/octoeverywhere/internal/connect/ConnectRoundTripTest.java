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

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer;
import org.openhab.binding.octoeverywhere.internal.test.RecordedRequest;
import org.openhab.binding.octoeverywhere.internal.web.Html;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.ThingUID;

/**
 * The round trip through the App Connection Portal over real HTTP: Connect, the portal's return, the result page. A
 * return OctoEverywhere confirms puts one printer, named as OctoEverywhere knows it, into the Inbox; a return that did
 * not succeed changes nothing; the token is in no answer and no log line.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ConnectRoundTripTest extends AbstractRoundTripTest {
    @Test
    void aReturnOctoEverywhereConfirmsPutsExactlyOnePrinterIntoTheInbox() throws Exception {
        ConnectFixture.Started started = fixture.connect();
        ContentResponse redirect = fixture.callback(started, fixture.connected(TOKEN, "conn.42/x", "Prusa MK4"));
        String location = String.valueOf(redirect.getHeaders().get(HttpHeader.LOCATION));
        assertFalse(location.contains(TOKEN), "the result page's address holds no token");

        DiscoveryResult result = fixture.openhab.awaitOneResult();
        assertEquals(new ThingUID("octoeverywhere:printer:conn_42_x"), result.getThingUID());
        assertEquals("Prusa MK4", result.getLabel());
        assertEquals("appConnectionId", result.getRepresentationProperty());
        assertEquals(Map.of("appToken", TOKEN, "appConnectionId", "conn.42/x", "printerName", "Prusa MK4", "printerUrl",
                "https://octoeverywhere.com/view/Prusa%20MK4"), result.getProperties());
        RecordedRequest check = fixture.octoEverywhere.requests().get(0);
        assertEquals("GET " + OctoEverywhereServer.INFO_PATH, check.method() + " " + check.path());
        assertEquals(TOKEN, check.header("AppToken"));

        ContentResponse page = fixture.follow(redirect);
        assertEquals(200, page.getStatus());
        assertTrue(page.getContentAsString().contains("Prusa MK4 is in the Inbox."), page.getContentAsString());
        assertTrue(page.getContentAsString().contains("href=\"/settings/things/inbox\""));
        assertEquals(200, fixture.get(String.valueOf(redirect.getHeaders().get(HttpHeader.LOCATION))).getStatus(),
                "a result without a token may be shown again");
        assertFalse(fixture.everythingSent().contains(TOKEN));
    }

    @Test
    void thePrinterIsNamedAsOctoEverywhereKnowsItNotAsTheReturnSays() throws Exception {
        fixture.octoEverywhere.knowToken(TOKEN, "Prusa MK4");
        Map<String, String> parameters = success(TOKEN, "abc", "Your Bank");
        parameters.put("printerLastKnownLocalIp", "10.6.6.6");
        parameters.put("userPrinterAccessUrl", "https://evil.example/");
        fixture.follow(fixture.callback(fixture.connect(), parameters));
        DiscoveryResult result = fixture.openhab.awaitOneResult();
        assertEquals("Prusa MK4", result.getLabel());
        assertEquals(Map.of("appToken", TOKEN, "appConnectionId", "abc", "printerName", "Prusa MK4", "printerUrl",
                "https://octoeverywhere.com/view/Prusa%20MK4"), result.getProperties());
    }

    @Test
    void optionalValuesMayBeMissing() throws Exception {
        fixture.octoEverywhere.knowToken(TOKEN, "Prusa MK4");
        ConnectFixture.Started started = fixture.connect();
        fixture.follow(fixture.callback(started, Map.of("success", "true", "appApiToken", TOKEN, "id", "abc")));
        DiscoveryResult result = fixture.openhab.awaitOneResult();
        assertEquals(new ThingUID("octoeverywhere:printer:abc"), result.getThingUID());
        assertEquals("Prusa MK4", result.getLabel());
    }

    @Test
    void aPortalThatDidNotFinishChangesNothing() throws Exception {
        ConnectFixture.Started started = fixture.connect();
        ContentResponse response = fixture.follow(
                fixture.callback(started, Map.of("success", "false", "error", "<script>alert(1)</script> denied")),
                started);
        assertEquals(200, response.getStatus());
        String page = response.getContentAsString();
        assertTrue(page.contains("The App Connection Portal did not finish: nothing was changed."), page);
        assertTrue(page.contains("The portal said: &lt;script&gt;alert(1)&lt;/script&gt; denied"), page);
        assertFalse(page.contains("<script>"));
        fixture.openhab.assertNoResult();
        assertEquals(0, fixture.octoEverywhere.requestCount(OctoEverywhereServer.INFO_PATH));
    }

    @Test
    void aSuccessWithoutAUsableTokenOrIdChangesNothing() throws Exception {
        fixture.octoEverywhere.knowToken(TOKEN, "P");
        for (Map<String, String> incomplete : List.of(Map.of("success", "true", "id", "a"),
                Map.of("success", "true", "id", "a", "appApiToken", "two words"),
                Map.of("success", "true", "appApiToken", TOKEN))) {
            ConnectFixture.Started started = fixture.connect();
            ContentResponse redirect = fixture.callback(started, incomplete);
            assertFalse(location(redirect).contains("two") || location(redirect).contains(TOKEN), "no token in it");
            ContentResponse answer = fixture.follow(redirect, started);
            assertEquals(200, answer.getStatus());
            assertTrue(answer.getContentAsString().contains("no usable token or connection id"));
        }
        fixture.openhab.assertNoResult();
        assertEquals(0, fixture.octoEverywhere.requestCount(OctoEverywhereServer.INFO_PATH), "nothing to ask");
    }

    @Test
    void htmlInThePrinterNameIsEscapedAndTheTokenIsKeptOutOfEveryAnswer() throws Exception {
        String name = "<img src=x onerror=alert(1)>\"Mk4\"";
        String token = "Tok<b>en\"&'-0123456789";
        ContentResponse redirect = fixture.callback(fixture.connect(), fixture.connected(token, "abc", name));
        ContentResponse page = fixture.follow(redirect);
        assertTrue(page.getContentAsString()
                .contains("&lt;img src=x onerror=alert(1)&gt;&quot;Mk4&quot; is in the Inbox."));
        assertFalse(page.getContentAsString().contains("<img"));
        assertEquals(token, fixture.openhab.awaitOneResult().getProperties().get("appToken"));
        String all = fixture.everythingSent();
        assertFalse(all.contains(token));
        assertFalse(all.contains(Html.escape(token)));
        assertFalse(all.contains("Tok%3Cb%3E"));
        fixture.log.assertNoLineContains("Tok<b>en");
    }

    @Test
    void aParameterAppendedWithASecondQuestionMarkIsStillRead() throws Exception {
        ConnectFixture.Started started = fixture.connect();
        fixture.follow(fixture.get(
                ConnectPaths.CONNECTED + "?state=" + started.state() + "?" + encode(fixture.connected(TOKEN, "q", "P")),
                "Cookie", started.cookie()));
        assertEquals(new ThingUID("octoeverywhere:printer:q"), fixture.openhab.awaitOneResult().getThingUID());
    }

    @Test
    void eachRequestLogsOneDebugLineWithoutSecrets() throws Exception {
        ConnectFixture.Started started = fixture.connect();
        fixture.follow(fixture.callback(started, fixture.connected(TOKEN, "abc", "P")));
        long lines = fixture.logLines().stream().filter(line -> line.contains("Set-up page:")).count();
        assertEquals(3, lines, fixture.logLines().toString());
        fixture.log.assertNoLineContains(started.state());
    }
}
