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
package org.openhab.binding.octoeverywhere.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;
import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;
import static org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer.*;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.api.LiveLink;
import org.openhab.binding.octoeverywhere.internal.api.LiveLinkRequest;
import org.openhab.binding.octoeverywhere.internal.test.AbstractPrinterTest;
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.UnDefType;

/**
 * A Live Link's lifetime: expiry, surviving a restart, and requests that overlap.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PrinterHandlerLifetimeTest extends AbstractPrinterTest {
    private static final String EXPIRED = CHANNEL_LIVE_LINK_EVENT + ":" + EVENT_EXPIRED;

    private LiveLink create(int hours) throws Exception {
        return fixture.handler().createLiveLink(LiveLinkRequest.timed(hours)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void anExpiredLinkIsClearedOnceAndFiresExpired() throws Exception {
        fixture.startOnline();
        create(2);
        assertInstanceOf(StringType.class, fixture.state(CHANNEL_URL));

        fixture.scheduler.advance(Duration.ofHours(2).minusSeconds(1));
        assertInstanceOf(StringType.class, fixture.state(CHANNEL_URL), "still valid a second before expiry");
        assertFalse(fixture.events.contains(EXPIRED));

        fixture.scheduler.advance(Duration.ofSeconds(1));
        for (String channel : List.of(CHANNEL_URL, CHANNEL_SHORT_URL, CHANNEL_LIVE_ID, CHANNEL_EXPIRES)) {
            assertEquals(UnDefType.UNDEF, fixture.state(channel), channel);
        }
        assertNull(fixture.handler().getLiveLink());
        fixture.scheduler.advance(Duration.ofDays(3));
        assertEquals(1, fixture.events.stream().filter(EXPIRED::equals).count());
        assertTrue(fixture.storage.getKeys().isEmpty());
    }

    @Test
    void aNewerLinkReplacesTheOldOneAndOnlyItsExpiryCounts() throws Exception {
        fixture.startOnline();
        create(1);
        LiveLink newer = create(5);
        fixture.scheduler.advance(Duration.ofHours(2));
        assertEquals(new StringType(newer.url()), fixture.state(CHANNEL_URL));
        assertFalse(fixture.events.contains(EXPIRED));
    }

    @Test
    void aPrintTrackingLinkStaysOnTheChannels() throws Exception {
        fixture.startOnline();
        fixture.handler().createLiveLink(LiveLinkRequest.untilPrintCompletes(24)).get(10, TimeUnit.SECONDS);
        fixture.scheduler.advance(Duration.ofDays(800));
        assertInstanceOf(StringType.class, fixture.state(CHANNEL_URL));
        assertFalse(fixture.events.contains(EXPIRED));
    }

    @Test
    void aValidLinkSurvivesARestart() throws Exception {
        fixture.startOnline();
        LiveLink link = create(24);
        fixture.handler().dispose();
        fixture.states.clear();

        fixture.clock.advance(Duration.ofHours(23));
        fixture.start();
        assertEquals(new StringType(link.url()), fixture.state(CHANNEL_URL));
        assertEquals(link, fixture.handler().getLiveLink());
        fixture.scheduler.advance(Duration.ofHours(1));
        assertEquals(UnDefType.UNDEF, fixture.state(CHANNEL_URL), "expires on time after the restart");
        assertTrue(fixture.events.contains(EXPIRED));
    }

    @Test
    void aLinkThatExpiredWhileStoppedIsNotRestored() throws Exception {
        fixture.startOnline();
        create(1);
        fixture.handler().dispose();
        fixture.clock.advance(Duration.ofHours(1));
        fixture.start();
        assertEquals(UnDefType.UNDEF, fixture.state(CHANNEL_URL));
        assertNull(fixture.handler().getLiveLink());
        assertTrue(fixture.storage.getKeys().isEmpty());
    }

    @Test
    void aNewTokenDropsTheStoredLink() throws Exception {
        fixture.startOnline();
        create(24);
        fixture.reconfigure("appToken", "OtherPrinterToken-42");
        assertEquals(UnDefType.UNDEF, fixture.state(CHANNEL_URL));
        assertNull(fixture.handler().getLiveLink());
        assertTrue(fixture.storage.getKeys().isEmpty());
    }

    @Test
    void removingTheThingDeletesItsStoredLink() throws Exception {
        fixture.startOnline();
        create(24);
        assertEquals(List.of(fixture.thingUID.toString()), List.copyOf(fixture.storage.getKeys()));
        fixture.remove();
        assertEquals(ThingStatus.REMOVED, fixture.status().getStatus());
        assertTrue(fixture.storage.getKeys().isEmpty());
    }

    @Test
    void removingADisabledThingDeletesItsStoredLinkToo() throws Exception {
        fixture.startOnline();
        create(24);
        // Disabled: openHAB disposes the handler and lets go of it; removing the thing then reaches no handler.
        fixture.handler().dispose();
        fixture.store.removed(fixture.thing);
        assertTrue(fixture.storage.getKeys().isEmpty());
    }

    @Test
    void aSecondRequestToHandleTheRemovalReportsNothingMore() throws Exception {
        fixture.startOnline();
        fixture.remove();
        // openHAB asks again when a handler reports ONLINE while its thing is REMOVING (seen after a restart).
        assertDoesNotThrow(() -> fixture.handler().handleRemoval());
        verify(fixture.callback, times(1)).statusUpdated(fixture.thing,
                new ThingStatusInfo(ThingStatus.REMOVED, ThingStatusDetail.NONE, null));
    }

    @Test
    void aHandlerWhoseThingIsBeingRemovedDoesNotStartAnyMore() {
        // openHAB may ask for the removal before it initializes the handler (seen right after a restart).
        fixture.create(java.util.Map.of());
        fixture.setStatus(ThingStatus.REMOVING, ThingStatusDetail.NONE);
        fixture.handler().handleRemoval();
        fixture.handler().initialize();
        assertEquals(ThingStatus.REMOVED, fixture.status().getStatus());
        assertEquals(0, fixture.scheduler.pendingCount(), "no check, no property write");
    }

    @Test
    void aRemovedThingStoresNoLinkThatArrivesLate() throws Exception {
        fixture.startOnline();
        fixture.server.delay(Duration.ofMillis(300));
        CompletableFuture<LiveLink> late = fixture.handler().createLiveLink(LiveLinkRequest.timed(3));
        fixture.awaitRequests(LIVE_LINK_PATH, 1);
        fixture.remove();
        assertThrows(ExecutionException.class, () -> late.get(10, TimeUnit.SECONDS));
        assertEquals(0, fixture.scheduler.pendingCount(), "the request is aborted: no timeout waits for it");
        assertTrue(fixture.storage.getKeys().isEmpty());
    }

    @Test
    void identicalOverlappingRequestsShareOneHttpRequest() throws Exception {
        fixture.startOnline();
        fixture.server.delay(Duration.ofMillis(300));
        CompletableFuture<LiveLink> first = fixture.handler().createLiveLink(LiveLinkRequest.timed(3));
        CompletableFuture<LiveLink> second = fixture.handler().createLiveLink(LiveLinkRequest.timed(3));
        fixture.press(CHANNEL_CREATE_LIVE_LINK);

        assertEquals(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));
        fixture.awaitRequests(LIVE_LINK_PATH, 2);
        String created = CHANNEL_LIVE_LINK_EVENT + ":" + EVENT_CREATED;
        PrinterFixture.await(() -> fixture.events.stream().filter(created::equals).count() == 3,
                () -> "one CREATED per call, events " + fixture.events);
        assertEquals(2, fixture.server.requestCount(LIVE_LINK_PATH), "3 h twice, 24 h from the switch once");
    }

    @Test
    void aCallerCancellingItsFutureDoesNotCancelTheOthers() throws Exception {
        fixture.startOnline();
        fixture.server.delay(Duration.ofMillis(300));
        CompletableFuture<LiveLink> first = fixture.handler().createLiveLink(LiveLinkRequest.timed(3));
        CompletableFuture<LiveLink> second = fixture.handler().createLiveLink(LiveLinkRequest.timed(3));
        first.cancel(true);
        assertNotNull(second.get(10, TimeUnit.SECONDS).url());
    }
}
