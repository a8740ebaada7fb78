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

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer;
import org.openhab.binding.octoeverywhere.internal.test.RecordedRequest;
import org.openhab.binding.octoeverywhere.internal.test.ServletServer.RawAnswer;
import org.openhab.binding.octoeverywhere.internal.web.Html;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;

/**
 * The round trip through the App Connection Portal over real HTTP: Connect, the portal's return, the result page.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ConnectRoundTripTest extends AbstractConnectTest {
    private static final String TOKEN = "AppApiTokenSecret-0123456789abcdef";

    @AfterEach
    void checkLog() {
        fixture.log.assertNoLineContains(TOKEN);
    }

    @Test
    void connectSendsTheBrowserToThePortalWithASignedStateBoundToItsKey() throws Exception {
        ConnectFixture.Started first = fixture.connect();
        URI portal = first.portal();
        assertEquals("https", portal.getScheme());
        assertEquals("octoeverywhere.com", portal.getHost());
        assertEquals("/appportal/v1/", portal.getPath());
        Map<String, String> query = query(portal.getRawQuery());
        assertEquals("devtest", query.get("appid"));
        assertEquals("http://127.0.0.1:" + fixture.server.port() + "/octoeverywhere/connected?state=" + first.state(),
                query.get("returnUrl"));
        assertTrue(portal.getRawQuery().contains("returnUrl=http%3A%2F%2F127.0.0.1%3A"), "URL-encoded");
        assertTrue(first.state().matches("[A-Za-z0-9_-]{20,300}\\.[A-Za-z0-9_-]{43}"), "payload and HMAC, base64url");
        assertTrue(first.cookie().matches("octoeverywhere_connect=[A-Za-z0-9_-]{43}"), "32 random bytes, base64url");

        String setCookie = String.valueOf(fixture.answers.get(0).getHeaders().get(HttpHeader.SET_COOKIE));
        assertTrue(setCookie.contains("; Path=/octoeverywhere;"), setCookie);
        assertTrue(setCookie.contains("; HttpOnly"), setCookie);
        assertTrue(setCookie.contains("; SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("; Max-Age=900"), setCookie);

        ConnectFixture.Started second = fixture.connect("", first.cookie());
        assertNotEquals(first.state(), second.state(), "each click starts its own round trip");
        assertEquals(first.cookie(), second.cookie(), "a browser keeps its key, so its other round trips go on");
        assertNotEquals(first.cookie(), fixture.connect().cookie(), "another browser gets another key");
    }

    @ParameterizedTest
    @CsvSource({ "openhab.local:8080, http://openhab.local:8080/octoeverywhere/connected?state=",
            "[fd00::1:2]:8080, http://[fd00::1:2]:8080/octoeverywhere/connected?state=",
            "192.168.1.10, http://192.168.1.10:80/octoeverywhere/connected?state=" })
    void theReturnAddressIsOnTheHostAndPortTheBrowserUsed(String host, String returnUrl) throws Exception {
        ContentResponse response = fixture.get(ConnectPaths.CONNECT, "Host", host);
        assertEquals(303, response.getStatus());
        URI portal = URI.create(String.valueOf(response.getHeaders().get(HttpHeader.LOCATION)));
        assertTrue(String.valueOf(query(portal.getRawQuery()).get("returnUrl")).startsWith(returnUrl),
                portal.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "evil.example\"><script>", "a_b.example:8080", "x@evil.example" })
    void aHostThatCannotMakeAReturnAddressIsRefused(String host) throws Exception {
        RawAnswer answer = fixture.server.sendRaw(
                "GET " + ConnectPaths.CONNECT + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n",
                new byte[0]);
        // Refused by the page, or by Jetty before (Jetty 12 refuses a host name with such characters itself).
        assertEquals(400, answer.status(), answer.body());
        assertFalse(answer.body().contains("<script>"));
        assertFalse(answer.body().contains("octoeverywhere.com/appportal"), "no way to the portal");
    }

    @Test
    void theBrowsersKeyIsASecureCookieOverHttps() throws Exception {
        fixture.get(ConnectPaths.CONNECT, "X-Forwarded-Proto", "https");
        fixture.get(ConnectPaths.CONNECT);
        String secure = String.valueOf(fixture.answers.get(0).getHeaders().get(HttpHeader.SET_COOKIE));
        String plain = String.valueOf(fixture.answers.get(1).getHeaders().get(HttpHeader.SET_COOKIE));
        assertTrue(secure.endsWith("; Secure"), secure);
        assertFalse(plain.contains("Secure"), plain);
        URI portal = URI.create(String.valueOf(fixture.answers.get(0).getHeaders().get(HttpHeader.LOCATION)));
        assertTrue(String.valueOf(query(portal.getRawQuery()).get("returnUrl")).startsWith("https://"));
    }

    @Test
    void aConfiguredAppIdIsUsedAndAnInvalidOneFallsBackToDevtest() throws Exception {
        fixture.close();
        fixture = new ConnectFixture(Map.of("appId", "openhab-binding"));
        assertEquals("openhab-binding", query(fixture.connect().portal().getRawQuery()).get("appid"));

        fixture.servlet.modified(Map.of("appId", " openhab-binding\n"));
        assertEquals("openhab-binding", query(fixture.connect().portal().getRawQuery()).get("appid"));
        for (String invalid : List.of("two words", "tab\tbed", "äpp", "x".repeat(65), " ")) {
            fixture.servlet.modified(Map.of("appId", invalid));
            assertEquals("devtest", query(fixture.connect().portal().getRawQuery()).get("appid"), invalid);
        }
        fixture.servlet.modified(Map.of("appId", "my&app"));
        assertEquals("my&app", query(fixture.connect().portal().getRawQuery()).get("appid"), "encoded, not cut");
        fixture.servlet.modified(Map.of());
        assertEquals("devtest", query(fixture.connect().portal().getRawQuery()).get("appid"));
    }

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

    @Test
    void eachRequestLogsOneDebugLineWithoutSecrets() throws Exception {
        ConnectFixture.Started started = fixture.connect();
        fixture.follow(fixture.callback(started, fixture.connected(TOKEN, "abc", "P")));
        long lines = fixture.logLines().stream().filter(line -> line.contains("Set-up page:")).count();
        assertEquals(3, lines, fixture.logLines().toString());
        fixture.log.assertNoLineContains(started.state());
    }
}
