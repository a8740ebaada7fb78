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
import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.BINDING_ID;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.openhab.binding.octoeverywhere.internal.factory.OctoEverywhereHandlerFactory;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterRegistry;
import org.openhab.binding.octoeverywhere.internal.test.HttpClients;
import org.openhab.binding.octoeverywhere.internal.test.MemoryStorage;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.net.NetworkAddressService;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.ThingRegistry;
import org.osgi.framework.BundleContext;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;

/**
 * What the benchmarks run the binding on, set up as openHAB sets it up, and taken down in order.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class BenchSetup {
    /** The thread name openHAB's HttpClientFactory gives the binding's client pool. */
    static final String CLIENT_POOL = "OH-httpClient-" + BINDING_ID;
    /** The same for its snapshot client. */
    static final String SNAPSHOT_POOL = CLIENT_POOL + "-snapshot";

    static final Duration WAIT = Duration.ofSeconds(30);

    private BenchSetup() {
    }

    /**
     * The binding's two HTTP clients, for OctoEverywhere's API and for webcam snapshots, as its handler factory sets
     * them up and every handler shares them.
     */
    record Clients(HttpClient api, HttpClient snapshot) {
    }

    /**
     * The clients the binding runs on: what openHAB's {@code HttpClientFactory.createHttpClient(name)} returns for
     * "octoeverywhere" and "octoeverywhere-snapshot" with its default settings (own pool of 5 to 10 daemon threads
     * named OH-httpClient-<name>, 2 connections per destination, not started), then configured and started by the
     * binding's own factory.
     */
    static Clients factoryClients() {
        HttpClient api = unstartedClient(BINDING_ID);
        HttpClient snapshot = unstartedClient(BINDING_ID + "-snapshot");
        HttpClientFactory httpClientFactory = mock(HttpClientFactory.class);
        when(httpClientFactory.createHttpClient(BINDING_ID)).thenReturn(api);
        when(httpClientFactory.createHttpClient(BINDING_ID + "-snapshot")).thenReturn(snapshot);
        StorageService storageService = mock(StorageService.class);
        doReturn(new MemoryStorage()).when(storageService).getStorage(anyString(), any());
        Objects.requireNonNull(
                new OctoEverywhereHandlerFactory(httpClientFactory, storageService, mock(ThingRegistry.class),
                        new PrinterRegistry(), mock(NetworkAddressService.class), mock(BundleContext.class)));
        for (HttpClient client : List.of(api, snapshot)) {
            if (!client.isStarted() || client.getMaxConnectionsPerDestination() == 2) {
                throw new IllegalStateException("the handler factory did not configure and start its HTTP clients");
            }
        }
        return new Clients(api, snapshot);
    }

    /** A client as openHAB's HttpClientFactory makes it for that name. */
    private static HttpClient unstartedClient(String name) {
        // openHAB's factory also gives it an SSL context; the benchmark speaks plain HTTP on loopback only.
        HttpClient client = new HttpClient();
        QueuedThreadPool threads = new QueuedThreadPool(10, 5, 300_000);
        threads.setName("OH-httpClient-" + name);
        threads.setDaemon(true);
        client.setExecutor(threads);
        client.setMaxConnectionsPerDestination(2);
        return client;
    }

    /** Stands in for openHAB's shared {@code thingHandler} pool: cancelled jobs removed. */
    static ScheduledThreadPoolExecutor thingHandlerPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(threads, runnable -> {
            Thread thread = new Thread(runnable, "bench-thingHandler-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.setRemoveOnCancelPolicy(true);
        pool.prestartAllCoreThreads();
        return pool;
    }

    /**
     * Stops what a part started, users first: the handlers (no new requests, the ones under way aborted), the pool
     * (no task of theirs can start another), then the HTTP clients.
     */
    static void stopInOrder(List<BenchPrinter> printers, ExecutorService pool, Clients clients) throws Exception {
        printers.forEach(BenchPrinter::dispose);
        pool.shutdownNow();
        pool.awaitTermination(WAIT.toSeconds(), TimeUnit.SECONDS);
        HttpClients.stopWhenSettled(clients.api(), WAIT);
        HttpClients.stopWhenSettled(clients.snapshot(), WAIT);
    }

    /** openHAB logs bindings at INFO; the tests' DEBUG would time the logging, not the binding. */
    static void logAsOpenHabDoes() {
        if (LoggerFactory
                .getLogger("org.openhab.binding.octoeverywhere") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(Level.INFO);
        }
    }
}
