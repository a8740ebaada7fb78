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

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Another binding's small periodic job on the shared pool: how late each run starts is what the binding under test
 * costs everybody else on that pool.
 *
 * <p>
 * A fixed-rate job is due at first + k * period whatever happened before, so each run's lateness is measured
 * against its own due time, and runs held up behind a blocked pool are all counted when they finally catch up.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class PoolTicker {
    static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final long[] starts = new long[100_000];
    private volatile int count;
    private final long scheduledAt;
    private final ScheduledFuture<?> job;

    PoolTicker(ScheduledExecutorService pool) {
        scheduledAt = System.nanoTime();
        job = pool.scheduleAtFixedRate(this::tick, PERIOD_NANOS, PERIOD_NANOS, TimeUnit.NANOSECONDS);
    }

    // Runs of one periodic job never overlap, so one writer at a time; the volatile count publishes the slot.
    private void tick() {
        int k = count;
        if (k < starts.length) {
            starts[k] = System.nanoTime();
            count = k + 1;
        }
    }

    private long due(int k) {
        return scheduledAt + (k + 1) * PERIOD_NANOS;
    }

    /**
     * Waits until every run due up to {@code until} has started, stops the job and returns how late the runs due
     * within [from, until] started, in nanoseconds.
     */
    long[] stopAfter(long from, long until, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (count == 0 || due(count - 1) < until) {
            if (System.nanoTime() > deadline) {
                job.cancel(false);
                throw new IllegalStateException("the pool did not run the periodic task within " + max);
            }
            Thread.sleep(1);
        }
        job.cancel(false);
        int runs = count;
        int first = 0;
        while (first < runs && due(first) < from) {
            first++;
        }
        int last = first;
        while (last < runs && due(last) <= until) {
            last++;
        }
        long[] lateness = new long[last - first];
        for (int k = first; k < last; k++) {
            lateness[k - first] = Math.max(0, starts[k] - due(k));
        }
        return lateness;
    }
}
