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

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.test.ManualClock;
import org.openhab.binding.octoeverywhere.internal.test.ManualScheduler;
import org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer;
import org.openhab.binding.octoeverywhere.internal.test.ScriptedResponse;

/**
 * No usable answer: timeouts, refused or dropped connections, redirects, cancellation.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class OctoEverywhereClientTransportTest extends AbstractClientTest {

    @Test
    void anAnswerThatTakesLongerThanTheRequestTimeoutFails() throws Exception {
        ManualClock clock = new ManualClock(NOW);
        ManualScheduler timer = new ManualScheduler(clock);
        OctoEverywhereClient timed = new OctoEverywhereClient(httpClient, server.baseUrl(), TOKEN, clock, timer,
                Duration.ofSeconds(30));
        server.delay(Duration.ofSeconds(60));

        CompletableFuture<LiveLink> future = timed.createLiveLink(LiveLinkRequest.timed(1));
        server.awaitRequests(1, Duration.ofSeconds(WAIT_SECONDS));
        assertEquals(List.of(Duration.ofSeconds(30)), timer.pendingDelays(), "one timeout per request");

        timer.advance(Duration.ofSeconds(30).minusMillis(1));
        assertFalse(future.isDone(), "still waiting a millisecond before the timeout");
        timer.advance(Duration.ofMillis(1));
        OctoEverywhereException failure = failure(future);
        assertFailure(failure, ApiError.COMMUNICATION, 0);
        String message = String.valueOf(failure.getMessage());
        assertTrue(message.contains("TimeoutException"), message);
    }

    @Test
    void anAnswerCancelsItsTimeout() throws Exception {
        ManualScheduler timer = new ManualScheduler(new ManualClock(NOW));
        OctoEverywhereClient timed = new OctoEverywhereClient(httpClient, server.baseUrl(), TOKEN, CLOCK, timer,
                Duration.ofSeconds(30));

        success(timed.createLiveLink(LiveLinkRequest.timed(1)));
        assertEquals(0, timer.pendingCount());
    }

    @Test
    void refusedConnectionFails() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        OctoEverywhereClient nobodyListens = new OctoEverywhereClient(httpClient,
                URI.create("http://127.0.0.1:" + port), TOKEN, CLOCK, scheduler, REQUEST_TIMEOUT);

        assertFailure(failure(nobodyListens.createLiveLink(LiveLinkRequest.timed(1))), ApiError.COMMUNICATION, 0);
        assertFailure(failure(nobodyListens.getAppConnectionInfo()), ApiError.COMMUNICATION, 0);
    }

    @Test
    void connectionClosedWithoutAnswerFails() {
        server.respond(LIVE_LINK_PATH, ScriptedResponse.closeConnection());

        assertFailure(failure(client.createLiveLink(LiveLinkRequest.timed(1))), ApiError.COMMUNICATION, 0);
    }

    @ParameterizedTest
    @ValueSource(ints = { 301, 302, 303, 307, 308 })
    void redirectIsNotFollowed(int status) throws Exception {
        try (OctoEverywhereServer elsewhere = new OctoEverywhereServer()) {
            server.respond(LIVE_LINK_PATH, ScriptedResponse.redirect(status, elsewhere.baseUrl() + LIVE_LINK_PATH));

            assertFailure(failure(client.createLiveLink(LiveLinkRequest.timed(1))), ApiError.COMMUNICATION, status);
            assertEquals(0, elsewhere.requests().size(), "the token must not travel to a redirect target");
        }
    }

    @Test
    void cancellingAbortsTheRequest() throws Exception {
        // One connection only: if the cancelled request kept it, the next request would wait 30 s for it.
        HttpClient oneConnection = new HttpClient();
        oneConnection.setMaxConnectionsPerDestination(1);
        oneConnection.start();
        try {
            OctoEverywhereClient oneConnectionClient = new OctoEverywhereClient(oneConnection, server.baseUrl(), TOKEN,
                    CLOCK, scheduler, Duration.ofSeconds(60));
            server.respondOnce(LIVE_LINK_PATH, ScriptedResponse.json(200, "{}").withDelay(Duration.ofSeconds(30)));
            CompletableFuture<LiveLink> cancelled = oneConnectionClient.createLiveLink(LiveLinkRequest.timed(1));
            server.awaitRequests(1, Duration.ofSeconds(WAIT_SECONDS));

            assertTrue(cancelled.cancel(true));
            LiveLink next = success(oneConnectionClient.createLiveLink(LiveLinkRequest.timed(1)));

            assertThrows(CancellationException.class, cancelled::join);
            assertNotNull(next.url());
        } finally {
            oneConnection.stop();
        }
    }

    @Test
    void stoppedHttpClientFailsTheFuture() throws Exception {
        httpClient.stop();

        assertFailure(failure(client.createLiveLink(LiveLinkRequest.timed(1))), ApiError.COMMUNICATION, 0);
    }
}
