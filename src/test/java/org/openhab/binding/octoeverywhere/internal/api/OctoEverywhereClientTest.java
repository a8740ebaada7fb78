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
package org.openhab.binding.octoeverywhere.internal.api;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer.LIVE_LINK_PATH;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.test.RecordedRequest;
import org.openhab.binding.octoeverywhere.internal.test.ScriptedResponse;

import com.google.gson.JsonObject;

/**
 * Create Live Link over real HTTP: what is sent and how good answers are read.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class OctoEverywhereClientTest extends AbstractClientTest {
    private static final String LINK = "{\"LiveId\":\"abc123\",\"Url\":\"https://octoeverywhere.com/live/abc123\","
            + "\"ShortUrl\":\"https://oe.ink/l/abc123\"}";
    private static final LiveLink EXPECTED = new LiveLink("abc123", "https://octoeverywhere.com/live/abc123",
            "https://oe.ink/l/abc123", NOW.plus(Duration.ofHours(24)));

    @Test
    void timedRequestIsPostWithTokenHeaderAndJsonBody() throws Exception {
        success(client.createLiveLink(LiveLinkRequest.timed(24)));

        RecordedRequest request = server.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals(LIVE_LINK_PATH, request.path());
        assertEquals(TOKEN, request.header("AppToken"));
        assertTrue(String.valueOf(request.header("Content-Type")).startsWith("application/json"));
        assertTrue(String.valueOf(request.header("Accept")).contains("application/json"));
        assertEquals(OctoEverywhereClient.USER_AGENT, request.header("User-Agent"));
        JsonObject body = request.json();
        assertEquals(24, body.get("ExpirationHours").getAsInt());
        assertFalse(body.get("EndWhenCurrentPrintIsComplete").getAsBoolean());
        assertFalse(body.has("AppToken"), "the token belongs in the header only");
        assertEquals(1, server.requestCount(LIVE_LINK_PATH));
    }

    @Test
    void printTrackingRequestStillSendsExpirationHours() throws Exception {
        success(client.createLiveLink(LiveLinkRequest.untilPrintCompletes(48)));

        JsonObject body = server.requests().get(0).json();
        assertEquals(48, body.get("ExpirationHours").getAsInt());
        assertTrue(body.get("EndWhenCurrentPrintIsComplete").getAsBoolean());
    }

    @Test
    void bareAnswerGivesLinkExpiringHoursAfterSending() throws Exception {
        server.respond(LIVE_LINK_PATH, 200, LINK);

        assertEquals(EXPECTED, success(client.createLiveLink(LiveLinkRequest.timed(24))));
    }

    @Test
    void envelopedAnswerGivesTheSameLink() throws Exception {
        server.respond(LIVE_LINK_PATH, ScriptedResponse.envelope(200, LINK));

        assertEquals(EXPECTED, success(client.createLiveLink(LiveLinkRequest.timed(24))));
    }

    @Test
    void camelCaseAndUnknownFieldsAreAccepted() throws Exception {
        server.respond(LIVE_LINK_PATH, 200, "{\"liveId\":\"abc123\",\"url\":\"https://octoeverywhere.com/live/abc123\","
                + "\"shortUrl\":\"https://oe.ink/l/abc123\",\"NewField\":{\"x\":[1,2]},\"Other\":null}");

        assertEquals(EXPECTED, success(client.createLiveLink(LiveLinkRequest.timed(24))));
    }

    @Test
    void printTrackingLinkHasNoExpiry() throws Exception {
        server.respond(LIVE_LINK_PATH, 200, LINK);

        LiveLink link = success(client.createLiveLink(LiveLinkRequest.untilPrintCompletes(1)));

        assertNull(link.expires());
        assertEquals(EXPECTED.url(), link.url());
    }

    @Test
    void defaultServerAnswersGiveDistinctLinks() throws Exception {
        LiveLink first = success(client.createLiveLink(LiveLinkRequest.timed(1)));
        LiveLink second = success(client.createLiveLink(LiveLinkRequest.timed(17520)));

        assertNotEquals(first.url(), second.url());
        assertEquals(NOW.plus(Duration.ofHours(17520)), second.expires());
    }

    @Test
    void concurrentRequestsAllComplete() throws Exception {
        server.delay(Duration.ofMillis(200));
        @SuppressWarnings("unchecked")
        CompletableFuture<LiveLink>[] futures = new CompletableFuture[20];
        for (int i = 0; i < futures.length; i++) {
            futures[i] = client.createLiveLink(LiveLinkRequest.timed(1 + i));
        }

        success(CompletableFuture.allOf(futures));

        assertEquals(futures.length, server.requestCount(LIVE_LINK_PATH));
    }

    @Test
    void clientToStringShowsNoToken() {
        assertFalse(client.toString().contains(TOKEN));
        assertTrue(client.toString().contains(server.baseUrl().toString()));
    }
}
