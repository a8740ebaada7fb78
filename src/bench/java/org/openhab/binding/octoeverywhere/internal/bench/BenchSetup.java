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

    static final Duration WAIT = Duration.ofSeconds(30);

    private BenchSetup() {
    }

    /**
     * The client the binding runs on: what openHAB's {@code HttpClientFactory.createHttpClient("octoeverywhere")}
     * returns with its default settings (own pool of 5 to 10 daemon threads named OH-httpClient-<name>, 2
     * connections per destination, not started), then configured and started by the binding's own factory.
     */
    static HttpClient factoryClient() {
        // openHAB's factory also gives it an SSL context; the benchmark speaks plain HTTP on loopback only.
        HttpClient client = new HttpClient();
        QueuedThreadPool threads = new QueuedThreadPool(10, 5, 300_000);
        threads.setName(CLIENT_POOL);
        threads.setDaemon(true);
        client.setExecutor(threads);
        client.setMaxConnectionsPerDestination(2);
        HttpClientFactory httpClientFactory = mock(HttpClientFactory.class);
        when(httpClientFactory.createHttpClient(BINDING_ID)).thenReturn(client);
        StorageService storageService = mock(StorageService.class);
        doReturn(new MemoryStorage()).when(storageService).getStorage(anyString(), any());
        Objects.requireNonNull(
                new OctoEverywhereHandlerFactory(httpClientFactory, storageService, mock(ThingRegistry.class),
                        new PrinterRegistry(), mock(NetworkAddressService.class), mock(BundleContext.class)));
        if (!client.isStarted() || client.getMaxConnectionsPerDestination() == 2) {
            throw new IllegalStateException("the handler factory did not configure and start its HTTP client");
        }
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
     * (no task of theirs can start another), then the HTTP client.
     */
    static void stopInOrder(List<BenchPrinter> printers, ExecutorService pool, HttpClient client) throws Exception {
        printers.forEach(BenchPrinter::dispose);
        pool.shutdownNow();
        pool.awaitTermination(WAIT.toSeconds(), TimeUnit.SECONDS);
        HttpClients.stopWhenSettled(client, WAIT);
    }

    /** openHAB logs bindings at INFO; the tests' DEBUG would time the logging, not the binding. */
    static void logAsOpenHabDoes() {
        if (LoggerFactory
                .getLogger("org.openhab.binding.octoeverywhere") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(Level.INFO);
        }
    }

    static String verdict(boolean met) {
        return met ? "PASS" : "MISS";
    }
}
