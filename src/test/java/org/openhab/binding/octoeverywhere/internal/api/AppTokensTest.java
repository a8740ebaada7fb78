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

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.test.ManualClock;
import org.openhab.binding.octoeverywhere.internal.test.ManualScheduler;

/**
 * The token format check: it goes into a header, so no line breaks, and no message repeats it.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class AppTokensTest {
    private static final String SECRET = "Sup3rS3cret";

    @Test
    void acceptsAndTrimsAPastedToken() {
        assertEquals("abc-DEF_123.~+/=", AppTokens.requireValid("abc-DEF_123.~+/="));
        assertEquals(SECRET, AppTokens.requireValid("  " + SECRET + "\n"));
        String longest = "a".repeat(AppTokens.MAX_LENGTH);
        assertEquals(longest, AppTokens.requireValid(longest));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "\t\n", SECRET + "\r\nX-Evil: 1", SECRET + " " + SECRET, SECRET + "\u0000",
            SECRET + "\u00e9", SECRET + "\u007f", SECRET + "\u2028" + SECRET })
    void rejectsWithoutEchoingTheToken(String token) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AppTokens.requireValid(token));
        assertFalse(String.valueOf(e.getMessage()).contains(SECRET), e.getMessage());
    }

    @Test
    void rejectsNullAndOverlongTokens() {
        assertThrows(IllegalArgumentException.class, () -> AppTokens.requireValid(null));
        assertThrows(IllegalArgumentException.class,
                () -> AppTokens.requireValid("a".repeat(AppTokens.MAX_LENGTH + 1)));
    }

    @Test
    void constructorChecksTokenBaseUrlAndTimeout() {
        HttpClient httpClient = new HttpClient();
        URI local = URI.create("http://127.0.0.1:1");
        Clock clock = Clock.systemUTC();
        Duration timeout = Duration.ofSeconds(1);
        ScheduledExecutorService scheduler = new ManualScheduler(new ManualClock(Instant.EPOCH));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OctoEverywhereClient(httpClient, local, SECRET + "\r\nX-Evil: 1", clock, scheduler, timeout));
        assertFalse(String.valueOf(e.getMessage()).contains(SECRET));
        assertThrows(IllegalArgumentException.class, () -> new OctoEverywhereClient(httpClient,
                URI.create("http://octoeverywhere.com"), SECRET, clock, scheduler, timeout));
        assertThrows(IllegalArgumentException.class,
                () -> new OctoEverywhereClient(httpClient, local, SECRET, clock, scheduler, Duration.ZERO));
        assertEquals(URI.create("http://127.0.0.1:1"), new OctoEverywhereClient(httpClient,
                URI.create("http://127.0.0.1:1/"), SECRET, clock, scheduler, timeout).baseUrl());
    }
}
