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
package org.openhab.binding.octoeverywhere.internal.livelink;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer.*;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.api.ApiError;
import org.openhab.binding.octoeverywhere.internal.api.LiveLink;
import org.openhab.binding.octoeverywhere.internal.api.LiveLinkRequest;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;
import org.openhab.binding.octoeverywhere.internal.connection.CallRefusedException;
import org.openhab.binding.octoeverywhere.internal.test.AbstractPrinterTest;
import org.openhab.binding.octoeverywhere.internal.test.RecordingAppConnection;

/**
 * The current Live Link on its own, without a handler: one request for identical calls, one outcome per call, the
 * store, the expiry, and what stopping does.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class CurrentLiveLinkTest extends AbstractPrinterTest {
    private static final String KEY = "octoeverywhere:printer:test";
    private static final String CONNECTION = "fingerprint-1";

    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final RecordingAppConnection connection = new RecordingAppConnection();
    private @NonNullByDefault({}) CurrentLiveLink current;

    @BeforeEach
    void createParts() {
        current = newCurrentLiveLink();
    }

    private CurrentLiveLink newCurrentLiveLink() {
        return new CurrentLiveLink(fixture.client(), connection, fixture.store, KEY, CONNECTION, fixture.clock,
                fixture.scheduler, new CurrentLiveLink.Listener() {
                    @Override
                    public void linkChanged(@Nullable LiveLink link) {
                        heard.add(link == null ? "none" : link.url());
                    }

                    @Override
                    public void linkExpired() {
                        heard.add("expired");
                    }
                });
    }

    @Test
    void identicalCallsShareOneRequestAndEachGetsTheLink() throws Exception {
        current.start();
        fixture.server.delay(Duration.ofMillis(200));
        CompletableFuture<LiveLink> first = current.create(LiveLinkRequest.timed(2));
        CompletableFuture<LiveLink> second = current.create(LiveLinkRequest.timed(2));
        LiveLink link = first.get(10, TimeUnit.SECONDS);
        assertSame(link, second.get(10, TimeUnit.SECONDS));
        assertEquals(1, fixture.server.requestCount(LIVE_LINK_PATH));
        assertEquals(List.of("none", link.url()), heard);
        assertSame(link, current.get());
        assertEquals(List.of(KEY), List.copyOf(fixture.storage.getKeys()));
    }

    @Test
    void aTimedLinkExpiresOnTime() throws Exception {
        current.start();
        current.create(LiveLinkRequest.timed(1)).get(10, TimeUnit.SECONDS);
        fixture.scheduler.advance(Duration.ofMinutes(59));
        assertNotNull(current.get());
        fixture.scheduler.advance(Duration.ofMinutes(1));
        assertNull(current.get());
        assertEquals(List.of("none", heard.get(1), "none", "expired"), heard);
        assertTrue(fixture.storage.getKeys().isEmpty());
    }

    @Test
    void aStoredLinkIsRestoredForTheSameConnectionOnly() throws Exception {
        current.start();
        LiveLink link = current.create(LiveLinkRequest.timed(5)).get(10, TimeUnit.SECONDS);
        current.stop();

        CurrentLiveLink again = newCurrentLiveLink();
        again.start();
        assertEquals(link, again.get());
        fixture.store.save(KEY, "another-connection", link);
        CurrentLiveLink other = newCurrentLiveLink();
        other.start();
        assertNull(other.get());
    }

    @Test
    void aDeadConnectionRefusesWithoutSending() {
        current.start();
        connection.callFailed(new OctoEverywhereException(ApiError.TOKEN_INVALID, 604, "test"));
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> current.create(LiveLinkRequest.timed(1)).get(1, TimeUnit.SECONDS));
        CallRefusedException refusal = assertInstanceOf(CallRefusedException.class, refused.getCause());
        assertEquals(CallRefusedException.Reason.CONNECTION_GONE, refusal.reason());
        assertEquals(0, fixture.server.requestCount(LIVE_LINK_PATH));
    }

    @Test
    void stoppingAnswersTheWaitingCallersAndAbortsTheRequest() {
        current.start();
        fixture.server.delay(Duration.ofSeconds(5));
        CompletableFuture<LiveLink> waiting = current.create(LiveLinkRequest.timed(1));
        fixture.awaitRequests(LIVE_LINK_PATH, 1);
        current.stop();
        ExecutionException stopped = assertThrows(ExecutionException.class, () -> waiting.get(0, TimeUnit.SECONDS));
        CallRefusedException refusal = assertInstanceOf(CallRefusedException.class, stopped.getCause());
        assertEquals(CallRefusedException.Reason.STOPPED, refusal.reason());
        assertEquals(0, fixture.scheduler.pendingCount(), "no request timeout left: the request is aborted");
        assertEquals(List.of("none"), heard);
        assertThrows(ExecutionException.class, () -> current.create(LiveLinkRequest.timed(1)).get(0, TimeUnit.SECONDS));
        assertEquals(1, fixture.server.requestCount(LIVE_LINK_PATH));
    }
}
