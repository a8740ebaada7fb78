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
package org.openhab.binding.octoeverywhere.internal.test;

import static org.junit.jupiter.api.Assertions.fail;
import static org.mockito.Mockito.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants;
import org.openhab.binding.octoeverywhere.internal.action.PrinterActions;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereClient;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterContext;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterHandler;
import org.openhab.binding.octoeverywhere.internal.livelink.LiveLinkStore;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;

/**
 * A Printer thing as openHAB would run it, against an in-process OctoEverywhere: a mocked thing and callback that
 * remember what the handler reported ({@link RecordingThing}), a manual clock and scheduler, and a storage that
 * outlives handlers.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class PrinterFixture implements AutoCloseable {
    public static final String TOKEN = "AppTokenSecret-1234567890abcdef";
    public static final Instant START = Instant.parse("2026-11-28T10:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(10);

    public final OctoEverywhereServer server;
    public final HttpClient httpClient = new HttpClient();
    /** The client webcam snapshots are fetched with, as the binding has one of its own. */
    public final HttpClient snapshotClient = new HttpClient();

    public final ManualClock clock = new ManualClock(START);
    public final ManualScheduler scheduler = new ManualScheduler(clock);
    public final MemoryStorage storage = new MemoryStorage();
    public final LiveLinkStore store;
    public static final String WEBHOOK_URL = "http://192.168.1.10:8080/octoeverywhere/webhook";

    public final ThingUID thingUID;
    /** openHAB's side of the thing, which the fields below show: what the handler reported. */
    private final RecordingThing openhab = new RecordingThing();
    public final Thing thing = openhab.thing;
    public final ThingHandlerCallback callback = openhab.callback;
    public final Map<String, State> states = openhab.states;
    public final List<String> events = openhab.events;
    public final Map<String, String> properties = openhab.properties;
    public final Configuration configuration = new Configuration();
    private final List<String> tokens = new CopyOnWriteArrayList<>(List.of(TOKEN));
    private @Nullable PrinterHandler handler;
    /** openHAB's language and time zone, as rule actions see them. */
    public volatile Locale locale = Locale.ENGLISH;

    public volatile ZoneId zone = ZoneOffset.UTC;

    public PrinterFixture() throws Exception {
        this("mk4");
    }

    /** A fixture of its own for another printer thing, with this thing id. */
    public PrinterFixture(String thingId) throws Exception {
        thingUID = new ThingUID(OctoEverywhereBindingConstants.THING_TYPE_PRINTER, thingId);
        // Writes the store at once, so the tests see what is stored without running the scheduler.
        store = new LiveLinkStore(storage, Runnable::run);
        server = new OctoEverywhereServer();
        // A connection counts as free only once the binding has handled its answer, so that a test that waits for
        // idle clients (HttpClients.idle) sees what the answer made the binding do, before it moves the clock on.
        for (HttpClient client : List.of(httpClient, snapshotClient)) {
            client.setFollowRedirects(false);
            client.setStrictEventOrdering(true);
            client.start();
        }
        configuration.put("appToken", TOKEN);
        configuration.put("baseUrl", server.baseUrl().toString());
        configuration.put("expirationHours", 24);
        configuration.put("refreshInterval", 15);
        when(thing.getUID()).thenReturn(thingUID);
        when(thing.getThingTypeUID()).thenReturn(OctoEverywhereBindingConstants.THING_TYPE_PRINTER);
        when(thing.getConfiguration()).thenReturn(configuration);
    }

    /** Creates and initializes a handler, as openHAB does when the thing is added or openHAB starts. */
    public PrinterHandler start(Map<String, Object> settings) {
        PrinterHandler handler = create(settings);
        handler.initialize();
        return handler;
    }

    /**
     * Creates a handler as openHAB registers it, without initializing it: what openHAB leaves of a thing whose
     * configuration breaks its description.
     */
    public PrinterHandler create(Map<String, Object> settings) {
        settings.forEach(configuration::put);
        if (settings.get("appToken") instanceof String token && !token.isBlank()) {
            tokens.add(token);
        }
        PrinterHandler handler = new PrinterHandler(thing, context());
        handler.setCallback(callback);
        this.handler = handler;
        return handler;
    }

    /** Sets the thing's status as openHAB would, without the handler. */
    public void setStatus(ThingStatus newStatus, ThingStatusDetail detail) {
        openhab.setStatus(newStatus, detail);
    }

    public PrinterHandler start() {
        return start(Map.of());
    }

    /** Starts, runs the first status check, waits for it to bring the thing online and writes the properties. */
    public PrinterHandler startOnline() {
        PrinterHandler handler = start();
        scheduler.runDue();
        awaitStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        scheduler.runDue();
        return handler;
    }

    /** What the handler factory gives every handler, here with the fixture's clock and scheduler. */
    public PrinterContext context() {
        return new PrinterContext(httpClient, snapshotClient, store, clock, scheduler, PrinterHandler.REQUEST_TIMEOUT,
                () -> WEBHOOK_URL);
    }

    /** A client of the in-process OctoEverywhere, as a handler makes it, for testing the parts without a handler. */
    public OctoEverywhereClient client() {
        return new OctoEverywhereClient(httpClient, server.baseUrl(), TOKEN, clock, scheduler,
                PrinterHandler.REQUEST_TIMEOUT);
    }

    /** Rule actions bound to the handler, as openHAB creates them. */
    public PrinterActions actions() {
        PrinterActions actions = new PrinterActions(new DescriptorTranslations(), () -> locale, () -> zone);
        actions.setThingHandler(handler());
        return actions;
    }

    /**
     * Removes the thing the way openHAB does: REMOVING, the handler's removal, then, once it reports REMOVED, the
     * registry's removal and the handler's disposal.
     */
    public void remove() {
        setStatus(ThingStatus.REMOVING, ThingStatusDetail.NONE);
        handler().handleRemoval();
        if (status().getStatus() == ThingStatus.REMOVED) {
            store.removed(thing);
            handler().dispose();
        }
    }

    /** Changes the configuration the way the UI does: openHAB hands the change to the running handler. */
    public void reconfigure(String key, Object value) {
        if (value instanceof String token) {
            tokens.add(token);
        }
        handler().handleConfigurationUpdate(settings(key, value));
    }

    /** Every token the thing was configured with, for the log leak check. */
    public List<String> tokensUsed() {
        return tokens;
    }

    public PrinterHandler handler() {
        PrinterHandler handler = this.handler;
        if (handler == null) {
            throw new IllegalStateException("start() first");
        }
        return handler;
    }

    public ThingStatusInfo status() {
        return openhab.status();
    }

    @Nullable
    public State state(String channel) {
        return states.get(channel);
    }

    /** Presses a button channel, as a sitemap, Main UI or a voice assistant does: the command ON. */
    public void press(String channelId) {
        handler().handleCommand(channel(channelId), OnOffType.ON);
    }

    /** Asks for a channel's state again, as openHAB does when an item is linked or a UI opens. */
    public void refresh(String channelId) {
        handler().handleCommand(channel(channelId), RefreshType.REFRESH);
    }

    public ChannelUID channel(String id) {
        return new ChannelUID(thingUID, id);
    }

    public static Map<String, Object> settings(String key, Object value) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(key, value instanceof Integer number ? new BigDecimal(number) : value);
        return settings;
    }

    public void awaitStatus(ThingStatus expected, ThingStatusDetail detail) {
        await(() -> status().getStatus() == expected && status().getStatusDetail() == detail,
                () -> "status " + expected + "/" + detail + ", is " + status());
    }

    public void awaitEvent(String event) {
        String expected = OctoEverywhereBindingConstants.CHANNEL_LIVE_LINK_EVENT + ":" + event;
        await(() -> events.contains(expected), () -> "event " + expected + ", events " + events);
    }

    public void awaitRequests(String path, int count) {
        await(() -> server.requestCount(path) >= count,
                () -> count + " requests to " + path + ", got " + server.requestCount(path));
    }

    /** Waits until the condition holds; HTTP answers arrive on the client's threads. */
    public static void await(BooleanSupplier condition, java.util.function.Supplier<String> expectation) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out waiting for " + expectation.get());
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    @Override
    public void close() throws Exception {
        PrinterHandler handler = this.handler;
        if (handler != null) {
            handler.dispose();
        }
        HttpClients.stopWhenSettled(httpClient, WAIT);
        HttpClients.stopWhenSettled(snapshotClient, WAIT);
        server.close();
    }
}
