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
import static org.openhab.binding.octoeverywhere.internal.connect.OpenhabThings.GONE;
import static org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer.INFO_PATH;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.api.ContentResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;
import org.openhab.core.thing.Thing;

/**
 * What changes while the portal's return waits for OctoEverywhere's word on the token: the thing to reconnect is
 * removed, or the same return arrives twice. Nothing is done twice, and nothing for a thing that is gone.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PortalReturnRaceTest extends AbstractRoundTripTest {
    private static final String MK4 = "octoeverywhere:printer:mk4";
    private static final String GONE_TEXT = "There is no printer thing " + MK4 + " to reconnect.";

    private final ExecutorService browsers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopBrowsers() {
        browsers.shutdownNow();
    }

    @Test
    void aThingRemovedBeforeThePortalReturnsGetsNothingAndOctoEverywhereIsNotAsked() throws Exception {
        Thing mk4 = fixture.openhab.addPrinter("mk4", "Workshop MK4", GONE, true, "OldToken-0123456789", "Prusa");
        ConnectFixture.Started started = fixture.connect("?thing=" + MK4);
        fixture.openhab.remove(mk4);

        ContentResponse answer = fixture.callback(started, fixture.connected(TOKEN, "c2", "Prusa"));
        assertEquals(404, answer.getStatus());
        assertTrue(answer.getContentAsString().contains(GONE_TEXT), answer.getContentAsString());
        assertEquals(0, fixture.octoEverywhere.requestCount(INFO_PATH));
        fixture.openhab.assertNoResult();
    }

    @Test
    void aThingRemovedWhileItsTokenIsCheckedGetsNothing() throws Exception {
        Thing mk4 = fixture.openhab.addPrinter("mk4", "Workshop MK4", GONE, true, "OldToken-0123456789", "Prusa");
        ConnectFixture.Started started = fixture.connect("?thing=" + MK4);
        fixture.octoEverywhere.delay(Duration.ofMillis(500));
        CompletableFuture<ContentResponse> answer = returnOf(started, fixture.connected(TOKEN, "c2", "Prusa"));
        PrinterFixture.await(() -> fixture.octoEverywhere.requestCount(INFO_PATH) == 1, () -> "the token checked");
        fixture.openhab.remove(mk4);

        ContentResponse page = answer.get(10, TimeUnit.SECONDS);
        assertEquals(404, page.getStatus());
        assertTrue(page.getContentAsString().contains(GONE_TEXT), page.getContentAsString());
        fixture.openhab.assertNoResult();
        assertEquals(List.of(), fixture.connectionsChanged);
    }

    @Test
    void theSameReturnTwiceAtOnceEndsTheRoundTripOnce() throws Exception {
        ConnectFixture.Started started = fixture.connect();
        Map<String, String> parameters = fixture.connected(TOKEN, "c1", "Prusa");
        fixture.octoEverywhere.delay(Duration.ofMillis(500));
        CompletableFuture<ContentResponse> first = returnOf(started, parameters);
        CompletableFuture<ContentResponse> second = returnOf(started, parameters);
        PrinterFixture.await(() -> fixture.octoEverywhere.requestCount(INFO_PATH) == 2, () -> "both checked");

        List<Integer> statuses = List.of(first.get(10, TimeUnit.SECONDS).getStatus(),
                second.get(10, TimeUnit.SECONDS).getStatus());
        assertEquals(List.of(303, 400), statuses.stream().sorted().toList(), "one 303, the other refused");
        fixture.openhab.awaitOneResult();
    }

    private CompletableFuture<ContentResponse> returnOf(ConnectFixture.Started started,
            Map<String, String> parameters) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return fixture.callback(started, parameters);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, browsers);
    }
}
