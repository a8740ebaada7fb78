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
import static org.openhab.binding.octoeverywhere.internal.connect.ConnectFixture.success;
import static org.openhab.binding.octoeverywhere.internal.connect.OpenhabThings.status;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.test.ServletServer.RawAnswer;
import org.openhab.binding.octoeverywhere.internal.web.QueryParameters;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * What every answer of the set-up pages does for safety, and what they refuse.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ConnectSafetyTest extends AbstractConnectTest {
    private static final List<String> PATHS = List.of("/octoeverywhere", "/octoeverywhere/", "/octoeverywhere/connect",
            "/octoeverywhere/connected", "/octoeverywhere/result");

    @Test
    void everyAnswerForbidsCachingReferrersSniffingFramingAndScripts() throws Exception {
        for (String path : PATHS) {
            fixture.get(path);
            fixture.get(path + "?a=1&a=2");
            fixture.send(HttpMethod.POST, path);
        }
        fixture.follow(fixture.callback(fixture.connect(), fixture.connected("Token-0123456789", "abc", "P")));
        fixture.callback(fixture.connect(), success("Unknown-0123456789", "abc", "P"));
        ConnectFixture.Started cancelled = fixture.connect();
        assertEquals(200, fixture.follow(fixture.callback(cancelled, java.util.Map.of("success", "false")), cancelled)
                .getStatus());
        assertTrue(fixture.answers.size() >= 20);
        for (ContentResponse answer : fixture.answers) {
            String what = answer.getRequest().getMethod() + " " + answer.getRequest().getURI() + " "
                    + answer.getStatus();
            assertEquals("no-store", answer.getHeaders().get(HttpHeader.CACHE_CONTROL), what);
            assertEquals("no-referrer", answer.getHeaders().get("Referrer-Policy"), what);
            assertEquals("nosniff", answer.getHeaders().get("X-Content-Type-Options"), what);
            String policy = String.valueOf(answer.getHeaders().get("Content-Security-Policy"));
            assertTrue(policy.startsWith("default-src 'none'; style-src 'unsafe-inline';"), what);
            assertTrue(policy.contains("frame-ancestors 'none'"), what);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "POST", "PUT", "DELETE", "HEAD" })
    void onlyGetIsServed(String method) throws Exception {
        for (String path : PATHS) {
            ContentResponse response = fixture.send(HttpMethod.fromString(method), path);
            assertEquals(405, response.getStatus(), path);
            assertEquals("GET", response.getHeaders().get(HttpHeader.ALLOW), path);
        }
        fixture.openhab.assertNoResult();
    }

    @Test
    void aRepeatedKeyIsRefused() throws Exception {
        ConnectFixture.Started started = fixture.connect();
        ContentResponse response = fixture.get("/octoeverywhere/connected?state=" + started.state()
                + "&success=true&id=a&id=b&appApiToken=Tok-0123456789", "Cookie", started.cookie());
        assertEquals(400, response.getStatus());
        assertTrue(response.getContentAsString().contains("Request refused"));
        fixture.openhab.addPrinter("mk4", "MK4", status(ThingStatus.UNKNOWN, ThingStatusDetail.NONE, null), true,
                "Tok-0123456789");
        String mk4 = "thing=octoeverywhere:printer:mk4";
        assertEquals(303, fixture.get("/octoeverywhere/connect?" + mk4).getStatus());
        assertEquals(400, fixture.get("/octoeverywhere/connect?" + mk4 + "&" + mk4).getStatus());
        fixture.openhab.assertNoResult();
        // The refused request did not use the state up.
        fixture.follow(fixture.callback(started, fixture.connected("Tok-0123456789", "a", "P")));
    }

    @Test
    void aLongParameterOrQueryIsRefused() throws Exception {
        ConnectFixture.Started started = fixture.connect();
        String longName = "x".repeat(QueryParameters.MAX_PARAMETER_LENGTH);
        ContentResponse response = fixture.get(
                "/octoeverywhere/connected?state=" + started.state()
                        + "&success=true&id=a&appApiToken=Tok-0123456789&printername=" + longName,
                "Cookie", started.cookie());
        assertEquals(400, response.getStatus());
        assertEquals(400, fixture.get("/octoeverywhere?x=" + longName).getStatus());
        fixture.openhab.assertNoResult();
    }

    @ParameterizedTest
    @ValueSource(strings = { "x=%zz", "x=%2", "%zz=1" })
    void aBadlyEncodedQueryIsRefused(String query) throws Exception {
        assertEquals(200, fixture.rawGet("/octoeverywhere?x=1").status());
        RawAnswer answer = fixture.rawGet("/octoeverywhere?" + query);
        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("The address is malformed"), answer.body());
        assertTrue(fixture.logLines().stream().anyMatch(line -> line.contains("400, a parameter is not URL-encoded")),
                fixture.logLines().toString());
    }

    @Test
    void anUnknownThingIsNamedOnThePage() throws Exception {
        ContentResponse response = fixture.get("/octoeverywhere/connect?thing=octoeverywhere:printer:x-y");
        assertEquals(404, response.getStatus());
        assertTrue(response.getContentAsString().contains("There is no printer thing octoeverywhere:printer:x-y to"));
    }
}
