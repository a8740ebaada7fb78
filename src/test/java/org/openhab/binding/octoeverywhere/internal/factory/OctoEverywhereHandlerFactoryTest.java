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
package org.openhab.binding.octoeverywhere.internal.factory;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterRegistry;
import org.openhab.binding.octoeverywhere.internal.livelink.LiveLinkStore;
import org.openhab.binding.octoeverywhere.internal.printevents.WebhookAddress;
import org.openhab.binding.octoeverywhere.internal.test.MemoryStorage;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.net.NetworkAddressService;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.osgi.framework.BundleContext;

/**
 * What the handler factory sets up and takes down: its HTTP client, the printer registry and the link store's place
 * among openHAB's thing registry listeners.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class OctoEverywhereHandlerFactoryTest {
    private final HttpClient httpClient = new HttpClient();
    private final HttpClient snapshotClient = new HttpClient();
    private final MemoryStorage storage = new MemoryStorage();
    private final ThingRegistry thingRegistry = mock(ThingRegistry.class);
    private final PrinterRegistry printers = new PrinterRegistry();
    private @NonNullByDefault({}) OctoEverywhereHandlerFactory factory;

    @BeforeEach
    void createFactory() {
        HttpClientFactory httpClientFactory = mock(HttpClientFactory.class);
        when(httpClientFactory.createHttpClient("octoeverywhere")).thenReturn(httpClient);
        when(httpClientFactory.createHttpClient("octoeverywhere-snapshot")).thenReturn(snapshotClient);
        StorageService storageService = mock(StorageService.class);
        doReturn(storage).when(storageService).getStorage(eq(LiveLinkStore.STORAGE_NAME), any());
        factory = new OctoEverywhereHandlerFactory(httpClientFactory, storageService, thingRegistry, printers,
                mock(NetworkAddressService.class), mock(BundleContext.class));
    }

    @AfterEach
    void stopClient() throws Exception {
        httpClient.stop();
        snapshotClient.stop();
    }

    @Test
    void itsOwnHttpClientsAreStartedForManyPrintersAndFollowNoRedirect() {
        for (HttpClient client : List.of(httpClient, snapshotClient)) {
            assertTrue(client.isStarted());
            assertFalse(client.isFollowRedirects(), "a redirect would carry the token elsewhere");
            assertEquals(OctoEverywhereHandlerFactory.MAX_CONNECTIONS_PER_DESTINATION,
                    client.getMaxConnectionsPerDestination());
        }
    }

    @Test
    void theLinkStoreHearsOfRemovedThingsUntilTheFactoryStops() {
        ArgumentCaptor<LiveLinkStore> added = ArgumentCaptor.forClass(LiveLinkStore.class);
        verify(thingRegistry).addRegistryChangeListener(added.capture());
        factory.release();
        verify(thingRegistry).removeRegistryChangeListener(added.getValue());
        assertTrue(httpClient.isStopped());
        assertTrue(snapshotClient.isStopped());
    }

    @Test
    void handlersAreInThePrinterRegistryWhileTheyExist() {
        Thing thing = mock(Thing.class);
        when(thing.getUID()).thenReturn(new ThingUID(OctoEverywhereBindingConstants.THING_TYPE_PRINTER, "mk4"));
        when(thing.getThingTypeUID()).thenReturn(OctoEverywhereBindingConstants.THING_TYPE_PRINTER);
        when(thing.getConfiguration()).thenReturn(new Configuration());
        ThingHandler handler = factory.createHandler(thing);
        assertNotNull(handler);
        assertEquals(List.of(handler), printers.printers());
        factory.removeHandler(handler);
        assertEquals(List.of(), printers.printers());
    }

    @Test
    void removingAThingForgetsItsStoredLink() throws Exception {
        storage.put("octoeverywhere:printer:mk4",
                "{\"connection\":\"x\",\"url\":\"https://octoeverywhere.com/live/1\"}");
        factory.removeThing(new ThingUID(OctoEverywhereBindingConstants.THING_TYPE_PRINTER, "mk4"));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!storage.getKeys().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(List.of(), List.copyOf(storage.getKeys()), "written on openHAB's pool");
    }

    @Test
    void theWebhookAddressIsOpenHabsLanAddressAndPort() {
        assertEquals("http://192.168.1.10:8080/octoeverywhere/webhook", WebhookAddress.of("192.168.1.10", 8080));
        assertNull(WebhookAddress.of(null, 8080));
        assertNull(WebhookAddress.of("192.168.1.10", -1));
    }
}
