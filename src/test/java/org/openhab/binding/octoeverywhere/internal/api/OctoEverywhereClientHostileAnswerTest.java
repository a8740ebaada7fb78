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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.test.ScriptedResponse;

import com.google.gson.JsonObject;

/**
 * Broken or hostile 200 answers: a missing or unsafe Url fails, optional fields are dropped, big or odd
 * bodies fail as COMMUNICATION.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class OctoEverywhereClientHostileAnswerTest extends AbstractClientTest {

    private static String link(String url) {
        JsonObject json = new JsonObject();
        json.addProperty("LiveId", "abc");
        json.addProperty("Url", url);
        json.addProperty("ShortUrl", "https://oe.ink/l/abc");
        return json.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "javascript:alert(1)", "JavaScript:alert(document.cookie)",
            "data:text/html,<script>alert(1)</script>", "ftp://octoeverywhere.com/live/abc", "/live/abc",
            "octoeverywhere.com/live/abc", "https://", "https://octoeverywhere.com@evil.example/live/abc",
            "https://octo everywhere.com/live", "file:///etc/passwd" })
    void unsafeUrlFails(String url) {
        server.respond(LIVE_LINK_PATH, 200, link(url));

        assertFailure(failure(client.createLiveLink(LiveLinkRequest.timed(1))), ApiError.COMMUNICATION, 200);
    }

    @Test
    void aUrlAsLongAsTheCapIsKept() throws Exception {
        String url = "https://octoeverywhere.com/live/";
        url += "a".repeat(WebUrls.MAX_LENGTH - url.length());
        server.respond(LIVE_LINK_PATH, 200, link(url));

        assertEquals(url, success(client.createLiveLink(LiveLinkRequest.timed(1))).url());
    }

    @Test
    void urlOverTheLengthCapFails() {
        server.respond(LIVE_LINK_PATH, 200, link("https://octoeverywhere.com/live/" + "a".repeat(3000)));

        assertFailure(failure(client.createLiveLink(LiveLinkRequest.timed(1))), ApiError.COMMUNICATION, 200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"LiveId\":\"abc\",\"ShortUrl\":\"https://oe.ink/l/abc\"}", "{\"Url\":null}",
            "{\"Url\":{\"href\":\"https://octoeverywhere.com/live/abc\"}}", "{}", "[]",
            "[{\"Url\":\"https://octoeverywhere.com/live/abc\"}]", "\"https://octoeverywhere.com/live/abc\"", "null",
            "", "<html><body>Welcome to the captive portal</body></html>", "{\"Url\":\"https://x.example/\"",
            "{\"Status\":200,\"Error\":\"\",\"Result\":null}", "{\"Status\":200,\"Error\":\"\",\"Result\":\"text\"}" })
    void unreadableAnswerFails(String body) {
        server.respond(LIVE_LINK_PATH, 200, body);

        assertFailure(failure(client.createLiveLink(LiveLinkRequest.timed(1))), ApiError.COMMUNICATION, 200);
    }

    @Test
    void htmlAnswerFails() {
        server.respond(LIVE_LINK_PATH, ScriptedResponse.text(200, "text/html", "<!DOCTYPE html><html></html>"));

        assertFailure(failure(client.createLiveLink(LiveLinkRequest.timed(1))), ApiError.COMMUNICATION, 200);
    }

    @Test
    void bodyOverTheCapFails() {
        String padding = "x".repeat(OctoEverywhereClient.MAX_BODY_BYTES);
        server.respond(LIVE_LINK_PATH, 200,
                "{\"Url\":\"https://octoeverywhere.com/live/abc\",\"Padding\":\"" + padding + "\"}");

        assertFailure(failure(client.createLiveLink(LiveLinkRequest.timed(1))), ApiError.COMMUNICATION, 0);
    }

    @Test
    void deeplyNestedBodyFails() {
        server.respond(LIVE_LINK_PATH, 200, "[".repeat(30_000) + "]".repeat(30_000));

        assertFailure(failure(client.createLiveLink(LiveLinkRequest.timed(1))), ApiError.COMMUNICATION, 200);
    }

    @Test
    void missingLiveIdAndBadShortUrlBecomeNull() throws Exception {
        server.respond(LIVE_LINK_PATH, 200,
                "{\"Url\":\"https://octoeverywhere.com/live/abc\",\"ShortUrl\":\"javascript:alert(1)\"}");

        LiveLink link = success(client.createLiveLink(LiveLinkRequest.timed(1)));

        assertEquals("https://octoeverywhere.com/live/abc", link.url());
        assertNull(link.liveId());
        assertNull(link.shortUrl());
    }

    @Test
    void overlongLiveIdAndShortUrlBecomeNull() throws Exception {
        server.respond(LIVE_LINK_PATH, 200,
                "{\"LiveId\":\"" + "i".repeat(5000)
                        + "\",\"Url\":\"https://octoeverywhere.com/live/abc\",\"ShortUrl\":\"https://oe.ink/l/"
                        + "s".repeat(5000) + "\"}");

        LiveLink link = success(client.createLiveLink(LiveLinkRequest.timed(1)));

        assertNull(link.liveId());
        assertNull(link.shortUrl());
    }

    @Test
    void envelopeWithErrorStatusInsideHttp200CountsAsThatStatus() {
        server.respond(LIVE_LINK_PATH, 200,
                "{\"Status\":604,\"Error\":\"Revoked by the owner\",\"IsUserError\":false,\"Result\":null}");

        OctoEverywhereException e = failure(client.createLiveLink(LiveLinkRequest.timed(1)));

        assertFailure(e, ApiError.TOKEN_INVALID, 604);
        assertTrue(String.valueOf(e.getMessage()).endsWith("inside a 200 answer: Revoked by the owner"),
                e.getMessage());
    }

    @Test
    void tokenEchoedByTheServerReachesNoMessageOrLog() {
        server.respond(LIVE_LINK_PATH, 500, "{\"Status\":500,\"Error\":\"Bad token " + TOKEN + "\"}");
        OctoEverywhereException serverError = failure(client.createLiveLink(LiveLinkRequest.timed(1)));
        server.respond(LIVE_LINK_PATH, 200, link("javascript:" + TOKEN));
        OctoEverywhereException unreadable = failure(client.createLiveLink(LiveLinkRequest.timed(1)));
        server.respond(LIVE_LINK_PATH, 200, "{\"Status\":613,\"Error\":\"" + TOKEN + "\",\"Result\":null}");
        OctoEverywhereException enveloped = failure(client.createLiveLink(LiveLinkRequest.timed(1)));

        assertFailure(serverError, ApiError.SERVER_ERROR, 500);
        assertFailure(unreadable, ApiError.COMMUNICATION, 200);
        assertFailure(enveloped, ApiError.NO_ACTIVE_PRINT, 613);
        // failure() checked the messages; the logs are checked after each test
        assertFalse(logs.lines().isEmpty(), "the failures are logged at debug level");
    }
}
