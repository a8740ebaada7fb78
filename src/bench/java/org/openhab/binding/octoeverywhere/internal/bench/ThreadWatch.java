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
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Which threads come into being during a measured window, and the peak number of live threads.
 *
 * <p>
 * A thread that starts and ends between two looks at the end would be missed, so a sampler looks every
 * millisecond; the peak count from the JVM catches what even the sampler misses.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ThreadWatch {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, String> created = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile @Nullable Set<Long> baseline;
    private volatile boolean running = true;
    private final int threadsBefore;

    ThreadWatch() {
        sampler = new Thread(this::sampleUntilStopped, "bench-thread-watch");
        sampler.setDaemon(true);
        sampler.start();
        // Taken after the sampler started, so the sampler itself is not counted as created in the window.
        Set<Long> ids = new HashSet<>();
        for (long id : threads.getAllThreadIds()) {
            ids.add(id);
        }
        threadsBefore = threads.getThreadCount();
        threads.resetPeakThreadCount();
        baseline = ids;
    }

    /** The window is over. */
    Result stop() throws InterruptedException {
        int peak = threads.getPeakThreadCount();
        running = false;
        sampler.join();
        sample();
        Map<String, Integer> byPrefix = new TreeMap<>();
        created.values().forEach(name -> byPrefix.merge(prefix(name), 1, Integer::sum));
        return new Result(threadsBefore, peak, byPrefix);
    }

    private void sampleUntilStopped() {
        while (running) {
            sample();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    private void sample() {
        Set<Long> known = baseline;
        if (known == null) {
            return;
        }
        for (long id : threads.getAllThreadIds()) {
            if (!known.contains(id) && !created.containsKey(id)) {
                ThreadInfo info = threads.getThreadInfo(id);
                if (info != null) {
                    created.put(id, info.getThreadName());
                }
            }
        }
    }

    /** How many live threads belong to the pool of that name: their name is the pool's and a number. */
    static int alive(String pool) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int count = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && prefix(info.getThreadName()).equals(pool)) {
                count++;
            }
        }
        return count;
    }

    /** The name without what differs between threads of one pool: counters and identity hashes. */
    static String prefix(String name) {
        return name.replaceAll("@[0-9a-fA-F]+", "@*").replaceAll("-[0-9a-fA-F]*[0-9][0-9a-fA-F]*$", "")
                .replaceAll("(-\\d+)+$", "");
    }

    /**
     * @param threadsBefore live threads when the window opened
     * @param peak most live threads at once during the window
     * @param createdByPrefix threads that started during the window, by name prefix
     */
    record Result(int threadsBefore, int peak, Map<String, Integer> createdByPrefix) {
        int createdCount() {
            return createdByPrefix.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
