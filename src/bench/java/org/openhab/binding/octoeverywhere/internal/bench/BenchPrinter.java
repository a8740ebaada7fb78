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
package org.openhab.binding.octoeverywhere.internal.bench;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.*;
import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterContext;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterHandler;
import org.openhab.binding.octoeverywhere.internal.livelink.LiveLinkStore;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.RawType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.types.State;

/**
 * One Printer thing as openHAB would hand it to the binding: a mocked thing with its configuration and a mocked
 * callback, and the handler built the way the factory builds it.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class BenchPrinter {
    static final String TOKEN = "AppTokenBenchmark-0123456789abcdef";
    private static final ThingStatusInfo UNKNOWN = new ThingStatusInfo(ThingStatus.UNKNOWN, ThingStatusDetail.NONE,
            null);

    final ThingUID uid;
    final Thing thing;
    final ThingHandlerCallback callback;
    final ChannelUID createChannel;
    final ChannelUID snapshotChannel;
    private final Configuration configuration = new Configuration();
    private final AtomicInteger printEvents = new AtomicInteger();
    private final AtomicInteger snapshots = new AtomicInteger();
    private final AtomicLong snapshotBytes = new AtomicLong();
    private volatile long lastSnapshot;
    private volatile boolean snapshotLinked;
    private volatile Map<String, String> properties = Map.of();
    private volatile ThingStatusInfo status = new ThingStatusInfo(ThingStatus.UNINITIALIZED, ThingStatusDetail.NONE,
            null);
    private volatile CompletableFuture<Long> nextUrl = new CompletableFuture<>();
    private @Nullable PrinterHandler handler;

    /**
     * @param observing whether the callback keeps the status and reports url updates; off for the heap measurement,
     *            so that the mocks keep nothing the handler hands them and only the handler's own objects count
     */
    BenchPrinter(String id, URI baseUrl, boolean observing) {
        uid = new ThingUID(THING_TYPE_PRINTER, id);
        createChannel = new ChannelUID(uid, CHANNEL_CREATE_LIVE_LINK);
        snapshotChannel = new ChannelUID(uid, CHANNEL_SNAPSHOT);
        configuration.put("appToken", TOKEN);
        configuration.put("baseUrl", baseUrl.toString());
        configuration.put("expirationHours", new BigDecimal(24));
        configuration.put("refreshInterval", new BigDecimal(15));
        // A plain mock records every invocation for verify(): over thousands of commands that would add time and
        // heap that openHAB's real callback does not cost, and bias both measurements against the binding.
        thing = mock(Thing.class, withSettings().stubOnly());
        callback = mock(ThingHandlerCallback.class, withSettings().stubOnly());
        when(thing.getUID()).thenReturn(uid);
        when(thing.getThingTypeUID()).thenReturn(THING_TYPE_PRINTER);
        when(thing.getConfiguration()).thenReturn(configuration);
        if (observing) {
            when(thing.getStatus()).thenAnswer(invocation -> status.getStatus());
            when(thing.getStatusInfo()).thenAnswer(invocation -> status);
            when(thing.getProperties()).thenAnswer(invocation -> properties);
            doAnswer(invocation -> snapshotLinked && snapshotChannel.equals(invocation.getArgument(0))).when(callback)
                    .isChannelLinked(any());
            doAnswer(invocation -> {
                status = invocation.getArgument(1);
                return null;
            }).when(callback).statusUpdated(any(), any());
            doAnswer(invocation -> {
                // first thing: the moment openHAB would learn the URL
                long now = System.nanoTime();
                ChannelUID channel = invocation.getArgument(0);
                State state = invocation.getArgument(1);
                if (state instanceof StringType && CHANNEL_URL.equals(channel.getId())) {
                    nextUrl.complete(now);
                } else if (state instanceof RawType picture && snapshotChannel.equals(channel)) {
                    snapshotBytes.addAndGet(picture.getBytes().length);
                    lastSnapshot = now;
                    snapshots.incrementAndGet();
                }
                return null;
            }).when(callback).stateUpdated(any(), any());
            doAnswer(invocation -> {
                ChannelUID channel = invocation.getArgument(1);
                if (CHANNEL_PRINT_EVENT.equals(channel.getId())) {
                    printEvents.incrementAndGet();
                }
                return null;
            }).when(callback).channelTriggered(any(), any(), anyString());
        } else {
            when(thing.getStatus()).thenReturn(ThingStatus.UNKNOWN);
            when(thing.getStatusInfo()).thenReturn(UNKNOWN);
        }
    }

    /**
     * Creates and initializes the handler with what the factory shares between handlers, but the given pool as its
     * scheduler.
     */
    PrinterHandler start(BenchSetup.Clients clients, LiveLinkStore store, ScheduledExecutorService pool) {
        PrinterHandler handler = new PrinterHandler(thing, new PrinterContext(clients.api(), clients.snapshot(), store,
                Clock.systemUTC(), pool, PrinterHandler.REQUEST_TIMEOUT, () -> null));
        handler.setCallback(callback);
        handler.initialize();
        this.handler = handler;
        return handler;
    }

    PrinterHandler handler() {
        PrinterHandler handler = this.handler;
        if (handler == null) {
            throw new IllegalStateException("start() first");
        }
        return handler;
    }

    void dispose() {
        PrinterHandler handler = this.handler;
        if (handler != null) {
            handler.dispose();
        }
        this.handler = null;
    }

    /** Sets a configuration parameter, for the next start. */
    void configure(String name, Object value) {
        configuration.put(name, value);
    }

    /**
     * Links the print's snapshot channel, and gives the thing the printer's LAN address as OctoEverywhere reports it:
     * from now on the handler fetches the picture of every new snapshot address, plain http from that address too.
     */
    void linkSnapshot(String printerLocalIp) {
        properties = Map.of(PROPERTY_PRINTER_LOCAL_IP, printerLocalIp);
        snapshotLinked = true;
    }

    /** How many pictures the snapshot channel has been updated with. */
    int snapshotUpdates() {
        return snapshots.get();
    }

    /** System.nanoTime() of the last update with a picture. */
    long lastSnapshot() {
        return lastSnapshot;
    }

    /** The bytes of all those pictures together. */
    long snapshotBytes() {
        return snapshotBytes.get();
    }

    /** How many print events the thing has fired. */
    int printEvents() {
        return printEvents.get();
    }

    /** @return completes with System.nanoTime() of the next url channel update that carries a URL */
    CompletableFuture<Long> expectUrl() {
        CompletableFuture<Long> future = new CompletableFuture<>();
        nextUrl = future;
        return future;
    }

    /** The awaited url update will not come: tell whoever waits for it now, not after a timeout. */
    void fail(Throwable error) {
        nextUrl.completeExceptionally(error);
    }

    /** What openHAB does when the user presses the button: the command, on the caller's thread. */
    void pressCreate() {
        handler().handleCommand(createChannel, OnOffType.ON);
    }

    ThingStatus status() {
        return status.getStatus();
    }

    void awaitOnline(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (status.getStatus() != ThingStatus.ONLINE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(uid + " did not go ONLINE within " + max + ", is " + status);
            }
            Thread.sleep(1);
        }
    }
}
