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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openhab.binding.octoeverywhere.internal.test.LogCapture;
import org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer;

/**
 * Runs a client against a fresh {@link OctoEverywhereServer} and checks after every test that the token
 * reached no log line.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
abstract class AbstractClientTest {
    static final String TOKEN = "oeTestToken-7Hq2xZ9pLm4Vb8Nc";
    static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    static final long WAIT_SECONDS = 10;

    protected @NonNullByDefault({}) OctoEverywhereServer server;
    protected @NonNullByDefault({}) HttpClient httpClient;
    protected @NonNullByDefault({}) LogCapture logs;
    protected @NonNullByDefault({}) OctoEverywhereClient client;
    /** Runs the request timeouts in real time; tests of the timeout itself use a manual scheduler. */
    protected final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);

    @BeforeEach
    void startServerAndClient() throws Exception {
        logs = LogCapture.start();
        server = new OctoEverywhereServer();
        // Jetty's default is to follow redirects: the client must turn that off per request by itself.
        httpClient = new HttpClient();
        httpClient.start();
        client = new OctoEverywhereClient(httpClient, server.baseUrl(), TOKEN, CLOCK, scheduler, REQUEST_TIMEOUT);
    }

    @AfterEach
    void stopAndCheckLogs() throws Exception {
        try {
            logs.assertNoLineContains(TOKEN);
        } finally {
            logs.close();
            httpClient.stop();
            server.close();
            scheduler.shutdownNow();
        }
    }

    static <T> T success(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    static OctoEverywhereException failure(CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(WAIT_SECONDS, TimeUnit.SECONDS));
        OctoEverywhereException failure = assertInstanceOf(OctoEverywhereException.class, e.getCause());
        assertNoToken(failure);
        return failure;
    }

    static void assertNoToken(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(TOKEN), "token in an exception message");
            assertFalse(t.toString().contains(TOKEN), "token in an exception's toString");
        }
    }

    static void assertFailure(OctoEverywhereException e, ApiError error, int statusCode) {
        assertEquals(error, e.error(), e.getMessage());
        assertEquals(statusCode, e.statusCode(), e.getMessage());
    }
}
