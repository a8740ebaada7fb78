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

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.test.ServletServer.RawAnswer;

/**
 * Where Connect sends the browser: the portal, with a signed state bound to the browser's key cookie, a return address
 * on the host and port the browser used, and the app id the binding is configured with.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ConnectStartTest extends AbstractRoundTripTest {
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
}
