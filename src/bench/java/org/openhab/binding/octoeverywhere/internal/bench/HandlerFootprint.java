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

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.net.URI;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.octoeverywhere.internal.livelink.LiveLinkStore;
import org.openhab.binding.octoeverywhere.internal.test.MemoryStorage;

/**
 * The heap an initialized printer handler retains: (used heap after GC with {@value #THINGS} initialized handlers -
 * with their mocked things, callbacks and configurations alone) / {@value #THINGS}.
 *
 * @param mockBytesPerThing what the mocks alone take per thing, not counted
 * @param queuedChecks each handler's first status check, queued and never run (counted)
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
record HandlerFootprint(long mockBytesPerThing, long handlerBytesPerThing, int queuedChecks) {
    static final int THINGS = 1000;

    static HandlerFootprint measure() throws Exception {
        BenchSetup.Clients clients = BenchSetup.factoryClients();
        // One thread, held by a task that waits on the gate: the status checks the handlers schedule stay queued
        // (a real pool holds each thing's next check the same way) and nothing is ever sent.
        ScheduledThreadPoolExecutor parked = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "bench-parked");
            thread.setDaemon(true);
            return thread;
        });
        parked.setRemoveOnCancelPolicy(true);
        CountDownLatch gate = new CountDownLatch(1);
        parked.execute(() -> awaitQuietly(gate));
        LiveLinkStore store = new LiveLinkStore(new MemoryStorage(), parked);
        // Never contacted: the checks never run.
        URI baseUrl = URI.create("http://127.0.0.1:9");
        BenchPrinter[] printers = new BenchPrinter[THINGS];
        try {
            // Whatever a first handler allocates once (class init, caches) must not be charged to the 1000.
            for (int i = 0; i < 20; i++) {
                BenchPrinter warm = new BenchPrinter("warm" + i, baseUrl, false);
                warm.start(clients, store, parked);
                warm.dispose();
            }
            long empty = usedHeapAfterGc();
            for (int i = 0; i < THINGS; i++) {
                printers[i] = new BenchPrinter("heap" + i, baseUrl, false);
            }
            long withMocks = usedHeapAfterGc();
            for (BenchPrinter printer : printers) {
                printer.start(clients, store, parked);
            }
            long withHandlers = usedHeapAfterGc();
            int queued = parked.getQueue().size();
            Reference.reachabilityFence(printers);
            return new HandlerFootprint((withMocks - empty) / THINGS, (withHandlers - withMocks) / THINGS, queued);
        } finally {
            gate.countDown();
            BenchSetup.stopInOrder(Arrays.stream(printers).filter(Objects::nonNull).toList(), parked, clients);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void awaitQuietly(CountDownLatch gate) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
