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

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.AbstractConnectionPool;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.octoeverywhere.internal.api.LiveLinkRequest;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereClient;
import org.openhab.binding.octoeverywhere.internal.livelink.LiveLinkStore;
import org.openhab.binding.octoeverywhere.internal.test.HttpClients;
import org.openhab.binding.octoeverywhere.internal.test.MemoryStorage;
import org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer;

/**
 * {@value #PRINTERS} printers create a link at the same moment against a slow server, on one shared client, each
 * command submitted to the pool that is also every handler's scheduler: how long until all links are there, and
 * what it costs the pool, the threads and the connections; done the binding's way, the raw way (the floor), and the
 * blocking way (for comparison).
 *
 * @param totalNanos from the first command to the last url update
 * @param idleLateness the pool's periodic task just before, with nothing else going on: what "late" means here
 * @param clientThreads the binding's HTTP client pool threads alive afterwards
 * @param connections connections to the server afterwards
 * @param gcCount collections during the burst
 * @param gcMillis their total time in ms: a pause stops the pool's threads too
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
record LinkBurst(Mode mode, long totalNanos, Percentiles arrivals, Percentiles idleLateness, Percentiles poolLateness,
        ThreadWatch.Result threads, int clientThreads, int connections, long gcCount, long gcMillis) {
    static final int PRINTERS = 100;

    /** How the {@value #PRINTERS} links are asked for. */
    enum Mode {
        RAW("raw Jetty POSTs (floor)", "sendRaw, async"),
        NON_BLOCKING("binding, non-blocking", "handleCommand(ON)"),
        BLOCKING("BLOCKING BASELINE", "createLiveLink().get()");

        final String title;
        final String how;

        Mode(String title, String how) {
            this.title = title;
            this.how = how;
        }
    }

    static LinkBurst measure(Mode mode) throws Exception {
        try (OctoEverywhereServer server = new OctoEverywhereServer()) {
            BenchSetup.Clients clients = BenchSetup.factoryClients();
            HttpClient client = clients.api();
            ScheduledThreadPoolExecutor pool = BenchSetup.thingHandlerPool(LinkLatency.POOL_THREADS);
            LiveLinkStore store = new LiveLinkStore(new MemoryStorage(), pool);
            List<BenchPrinter> printers = new ArrayList<>();
            try {
                for (int i = 0; i < PRINTERS; i++) {
                    BenchPrinter printer = new BenchPrinter(String.format("printer%03d", i), server.baseUrl(), true);
                    printers.add(printer);
                    printer.start(clients, store, pool);
                }
                for (BenchPrinter printer : printers) {
                    printer.awaitOnline(BenchSetup.WAIT);
                }
                server.delay(LinkLatency.SLOW);
                // The same periodic task on the same pool with nothing else going on: what "late" means here.
                PoolTicker idle = new PoolTicker(pool);
                Thread.sleep(300);
                long idleEnd = System.nanoTime();
                long[] idleLateness = idle.stopAfter(idleEnd - 250_000_000L, idleEnd, BenchSetup.WAIT);
                List<CompletableFuture<Long>> urls = printers.stream().map(BenchPrinter::expectUrl).toList();

                ThreadWatch watch = new ThreadWatch();
                JvmCost before = JvmCost.now();
                long start = System.nanoTime();
                PoolTicker ticker = new PoolTicker(pool);
                // openHAB hands commands to handlers on its threads; here every command comes in on the shared pool.
                URI url = URI.create(server.baseUrl() + OctoEverywhereClient.LIVE_LINK_PATH);
                for (int i = 0; i < PRINTERS; i++) {
                    BenchPrinter printer = printers.get(i);
                    CompletableFuture<Long> done = urls.get(i);
                    pool.execute(switch (mode) {
                        case RAW -> () -> LinkLatency.sendRaw(client, url, done);
                        case NON_BLOCKING -> printer::pressCreate;
                        case BLOCKING -> () -> createAndWait(printer);
                    });
                }
                long end = start;
                long[] arrivals = new long[PRINTERS];
                for (int i = 0; i < PRINTERS; i++) {
                    long arrived = urls.get(i).get(BenchSetup.WAIT.toSeconds(), TimeUnit.SECONDS);
                    arrivals[i] = arrived - start;
                    end = Math.max(end, arrived);
                }
                ThreadWatch.Result threads = watch.stop();
                JvmCost cost = JvmCost.since(before);
                int clientThreads = ThreadWatch.alive(BenchSetup.CLIENT_POOL);
                long[] lateness = ticker.stopAfter(start, end, BenchSetup.WAIT);
                return new LinkBurst(mode, end - start, new Percentiles(arrivals), new Percentiles(idleLateness),
                        new Percentiles(lateness), threads, clientThreads,
                        HttpClients.sumOverPools(client, AbstractConnectionPool::getConnectionCount), cost.gcCount(),
                        cost.gcMillis());
            } finally {
                BenchSetup.stopInOrder(printers, pool, clients);
            }
        }
    }

    /** The deliberately wrong way, for comparison: a pool thread waits for the answer. */
    private static void createAndWait(BenchPrinter printer) {
        try {
            printer.handler().createLiveLink(LiveLinkRequest.timed(24)).get(BenchSetup.WAIT.toSeconds(),
                    TimeUnit.SECONDS);
        } catch (Exception e) {
            printer.fail(e);
        }
    }
}
