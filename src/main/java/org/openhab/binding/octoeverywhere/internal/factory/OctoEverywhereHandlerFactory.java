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

import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterContext;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterHandler;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterRegistry;
import org.openhab.binding.octoeverywhere.internal.livelink.LiveLinkStore;
import org.openhab.binding.octoeverywhere.internal.printevents.WebhookAddress;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.net.HttpServiceUtil;
import org.openhab.core.net.NetworkAddressService;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the handlers of Printer things, sharing the binding's own HTTP client and Live Link storage.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = ThingHandlerFactory.class)
public class OctoEverywhereHandlerFactory extends BaseThingHandlerFactory {
    /** Enough for the concurrent requests of many printers. */
    static final int MAX_CONNECTIONS_PER_DESTINATION = 128;

    static final long CONNECT_TIMEOUT_MILLIS = 10_000;

    private final Logger logger = LoggerFactory.getLogger(OctoEverywhereHandlerFactory.class);
    private final HttpClient httpClient;
    private final HttpClient snapshotClient;
    private final LiveLinkStore store;
    private final ThingRegistry thingRegistry;
    private final PrinterRegistry printers;
    private final PrinterContext context;

    @Activate
    public OctoEverywhereHandlerFactory(@Reference HttpClientFactory httpClientFactory,
            @Reference StorageService storageService, @Reference ThingRegistry thingRegistry,
            @Reference PrinterRegistry printers, @Reference NetworkAddressService networkAddressService,
            BundleContext bundleContext) {
        ScheduledExecutorService scheduler = ThreadPoolManager.getScheduledPool("thingHandler");
        this.store = new LiveLinkStore(
                storageService.getStorage(LiveLinkStore.STORAGE_NAME, getClass().getClassLoader()), scheduler);
        this.thingRegistry = thingRegistry;
        this.printers = printers;
        // Jetty would send the AppToken header to wherever a redirect points.
        this.httpClient = startedClient(httpClientFactory.createHttpClient(BINDING_ID));
        // Webcam pictures come from other hosts than the API: a client of their own, which never carries a secret.
        HttpClient snapshotClient;
        try {
            snapshotClient = startedClient(httpClientFactory.createHttpClient(BINDING_ID + "-snapshot"));
        } catch (IllegalStateException e) {
            stopQuietly(httpClient);
            throw e;
        }
        this.snapshotClient = snapshotClient;
        this.context = new PrinterContext(httpClient, snapshotClient, store, Clock.systemUTC(), scheduler,
                PrinterHandler.REQUEST_TIMEOUT,
                () -> WebhookAddress.of(networkAddressService.getPrimaryIpv4HostAddress(),
                        HttpServiceUtil.getHttpServicePort(bundleContext)));
        thingRegistry.addRegistryChangeListener(store);
    }

    @Override
    protected void deactivate(ComponentContext componentContext) {
        super.deactivate(componentContext);
        release();
    }

    /** Lets go of what the constructor took: the place among the registry's listeners, and the HTTP clients. */
    void release() {
        thingRegistry.removeRegistryChangeListener(store);
        stopQuietly(httpClient);
        stopQuietly(snapshotClient);
    }

    /**
     * Sets the client up for the binding and starts it: enough connections for many printers at once (openHAB's
     * common client allows two per host), a connect timeout, and no redirects, which the binding follows itself
     * where it should.
     *
     * @throws IllegalStateException when it cannot be started
     */
    private HttpClient startedClient(HttpClient client) {
        client.setMaxConnectionsPerDestination(MAX_CONNECTIONS_PER_DESTINATION);
        client.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
        client.setFollowRedirects(false);
        try {
            client.start();
        } catch (Exception e) {
            stopQuietly(client);
            throw new IllegalStateException("Could not start the OctoEverywhere HTTP client", e);
        }
        return client;
    }

    private void stopQuietly(HttpClient httpClient) {
        try {
            httpClient.stop();
        } catch (Exception e) {
            logger.debug("Stopping the OctoEverywhere HTTP client failed: {}", e.getMessage());
        }
    }

    @Override
    public boolean supportsThingType(ThingTypeUID thingTypeUID) {
        return THING_TYPE_PRINTER.equals(thingTypeUID);
    }

    @Override
    protected @Nullable ThingHandler createHandler(Thing thing) {
        if (THING_TYPE_PRINTER.equals(thing.getThingTypeUID())) {
            PrinterHandler printer = new PrinterHandler(thing, context);
            printers.add(printer);
            return printer;
        }
        return null;
    }

    /** Also after the handler's disposal, so that no answer that arrived meanwhile leaves the link stored. */
    @Override
    public void removeThing(ThingUID thingUID) {
        store.remove(thingUID.toString());
    }

    @Override
    protected void removeHandler(ThingHandler thingHandler) {
        if (thingHandler instanceof PrinterHandler printer) {
            printers.remove(printer);
        }
    }
}
