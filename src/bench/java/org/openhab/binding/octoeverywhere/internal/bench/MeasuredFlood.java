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
import java.util.function.IntSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A flood of notifications sent back to back, measured: the answer times the clients see, the time inside the webhook
 * servlet, how late the shared pool starts a periodic task meanwhile, and whether any notification was lost.
 *
 * @param lost notifications sent but not fired on print-event
 * @param failed answers other than 200
 * @param end System.nanoTime() of the last answer
 * @param cost what the JVM spent during the flood, all threads together
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
record MeasuredFlood(Percentiles answers, Percentiles inServlet, Percentiles lateness, int lost, int failed, long nanos,
        long end, JvmCost cost) {

    /**
     * @param received how many notifications the printers have taken so far
     */
    static MeasuredFlood run(WebhookFlood flood, int events, TimedWebhookServlet servlet, ScheduledExecutorService pool,
            IntSupplier received) throws InterruptedException {
        int before = received.getAsInt();
        long[] answers = new long[events];
        servlet.measure(events);
        PoolTicker ticker = new PoolTicker(pool);
        JvmCost atStart = JvmCost.now();
        long start = System.nanoTime();
        int failed = flood.run(events, answers, Duration.ZERO);
        long end = System.nanoTime();
        JvmCost cost = JvmCost.since(atStart);
        long[] lateness = ticker.stopAfter(start, end, BenchSetup.WAIT);
        int lost = events - (received.getAsInt() - before);
        return new MeasuredFlood(new Percentiles(answers), new Percentiles(servlet.measured()),
                new Percentiles(lateness), lost, failed, end - start, end, cost);
    }

    /** Notifications answered a second. */
    double rate() {
        return answers.count() / (nanos / 1e9);
    }
}
