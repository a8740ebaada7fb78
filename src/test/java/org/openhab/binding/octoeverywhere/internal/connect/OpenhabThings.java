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

import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.mockito.ArgumentCaptor;
import org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants;
import org.openhab.binding.octoeverywhere.internal.discovery.ConnectDiscoveryService;
import org.openhab.binding.octoeverywhere.internal.discovery.PrinterThings;
import org.openhab.binding.octoeverywhere.internal.test.MemoryStorage;
import org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.config.discovery.inbox.Inbox;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.ManagedThingProvider;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * openHAB's things and Inbox as the set-up pages see them: a mocked thing registry and managed thing provider, the real
 * discovery service with a mocked Inbox listening, which keeps the results for UIDs of no thing as openHAB's Inbox
 * does.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class OpenhabThings {
    /** Waited for a discovery result: openHAB 5.x tells its listeners on another thread. */
    static final long RESULT_WAIT_MILLIS = 5000;
    /** Waited before concluding that no discovery result came. */
    static final long NO_RESULT_WAIT_MILLIS = 300;
    /** A printer whose App Connection OctoEverywhere no longer knows, as the thing's status tells it. */
    static final ThingStatusInfo GONE = status(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
            "@text/offline.config-error.token-invalid [\"604\"]");

    final ThingRegistry thingRegistry = mock(ThingRegistry.class);
    /** The things made in Main UI, by UID. */
    final Map<ThingUID, Thing> managed = new ConcurrentHashMap<>();
    /** openHAB's provider of managed things, answering from {@link #managed}: Mockito cannot mock classes on JDK 25. */
    final ManagedThingProvider managedThings = new ManagedThingProvider(storageService()) {
        @Override
        public @Nullable Thing get(ThingUID uid) {
            return managed.get(uid);
        }
    };

    final ConnectDiscoveryService discovery = new ConnectDiscoveryService();
    final DiscoveryListener inbox = mock(DiscoveryListener.class);
    /** The entries waiting in openHAB's Inbox: the results for UIDs of no thing, as openHAB's Inbox keeps them. */
    final List<DiscoveryResult> waiting = new CopyOnWriteArrayList<>();

    final Inbox inboxEntries = mock(Inbox.class);
    final List<Thing> things = new CopyOnWriteArrayList<>();
    /** Where the printer things find OctoEverywhere. */
    private final URI baseUrl;

    OpenhabThings(URI baseUrl) {
        this.baseUrl = baseUrl;
        when(thingRegistry.getAll()).thenAnswer(invocation -> List.copyOf(things));
        when(thingRegistry.stream()).thenAnswer(invocation -> List.copyOf(things).stream());
        when(thingRegistry.get(any())).thenAnswer(invocation -> things.stream()
                .filter(thing -> thing.getUID().equals(invocation.getArgument(0))).findFirst().orElse(null));
        doAnswer(invocation -> {
            DiscoveryResult result = invocation.getArgument(1);
            if (thingRegistry.get(result.getThingUID()) == null) {
                waiting.removeIf(entry -> entry.getThingUID().equals(result.getThingUID()));
                waiting.add(result);
            }
            return null;
        }).when(inbox).thingDiscovered(any(), any());
        when(inboxEntries.getAll()).thenAnswer(invocation -> List.copyOf(waiting));
        when(inboxEntries.stream()).thenAnswer(invocation -> List.copyOf(waiting).stream());
        discovery.addDiscoveryListener(inbox);
    }

    /** The things and Inbox entries, as the set-up pages are given them. */
    PrinterThings printerThings() {
        return new PrinterThings(thingRegistry, managedThings, inboxEntries);
    }

    /**
     * Adds a printer thing that OctoEverywhere never told which printer it is, made in Main UI when {@code managed},
     * else from a {@code .things} file.
     */
    Thing addPrinter(String id, String label, ThingStatusInfo status, boolean managed, String token) {
        return addPrinter(id, label, status, managed, token, null);
    }

    /**
     * @param printerName the name of the printer OctoEverywhere told the thing of, with its page, or null for none
     */
    Thing addPrinter(String id, String label, ThingStatusInfo status, boolean managed, String token,
            @Nullable String printerName) {
        Thing thing = addThing(OctoEverywhereBindingConstants.THING_TYPE_PRINTER, id, label, status, managed, token);
        if (printerName != null) {
            when(thing.getProperties()).thenReturn(
                    Map.of("printerName", printerName, "printerUrl", OctoEverywhereServer.printerUrl(printerName)));
        }
        return thing;
    }

    Thing addThing(ThingTypeUID type, String id, String label, ThingStatusInfo status, boolean managed, String token) {
        Thing thing = mock(Thing.class);
        ThingUID uid = new ThingUID(type, id);
        Configuration configuration = new Configuration();
        configuration.put("appToken", token);
        configuration.put("baseUrl", baseUrl.toString());
        when(thing.getProperties()).thenReturn(Map.of());
        when(thing.getUID()).thenReturn(uid);
        when(thing.getThingTypeUID()).thenReturn(type);
        when(thing.getLabel()).thenReturn(label);
        when(thing.getStatusInfo()).thenReturn(status);
        when(thing.getStatus()).thenReturn(status.getStatus());
        when(thing.getConfiguration()).thenReturn(configuration);
        when(thing.isEnabled()).thenReturn(status.getStatusDetail() != ThingStatusDetail.DISABLED);
        if (managed) {
            this.managed.put(uid, thing);
        }
        things.add(thing);
        return thing;
    }

    /** Removes the thing, as a user does in Main UI. */
    void remove(Thing thing) {
        things.remove(thing);
        managed.remove(thing.getUID());
    }

    private static StorageService storageService() {
        StorageService storageService = mock(StorageService.class);
        doReturn(new MemoryStorage()).when(storageService).getStorage(anyString(), any());
        return storageService;
    }

    static ThingStatusInfo status(ThingStatus status, ThingStatusDetail detail, @Nullable String description) {
        return new ThingStatusInfo(status, detail, description);
    }

    /**
     * Puts a printer into openHAB's Inbox as the set-up page does, with a token and the other properties of a real
     * entry.
     */
    DiscoveryResult addInboxEntry(String id, String label, String token) {
        DiscoveryResult entry = DiscoveryResultBuilder
                .create(new ThingUID(OctoEverywhereBindingConstants.THING_TYPE_PRINTER, id))
                .withThingType(OctoEverywhereBindingConstants.THING_TYPE_PRINTER).withLabel(label)
                .withProperty("appToken", token).withProperty("appConnectionId", "connection-" + id)
                .withProperty("printerName", "Printer " + id).withProperty("printerLocalIp", "192.168.1.50")
                .withProperty("printerUrl", OctoEverywhereServer.printerUrl("Printer " + id))
                .withRepresentationProperty("appConnectionId").build();
        waiting.add(entry);
        return entry;
    }

    /** The one discovery result the Inbox heard of, waiting for it. */
    DiscoveryResult awaitOneResult() {
        ArgumentCaptor<DiscoveryResult> result = ArgumentCaptor.forClass(DiscoveryResult.class);
        verify(inbox, timeout(RESULT_WAIT_MILLIS)).thingDiscovered(eq(discovery), result.capture());
        verify(inbox, after(NO_RESULT_WAIT_MILLIS).times(1)).thingDiscovered(any(), any());
        return result.getValue();
    }

    void assertNoResult() {
        verify(inbox, after(NO_RESULT_WAIT_MILLIS).never()).thingDiscovered(any(), any());
    }
}
