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

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the JVM has spent so far, or during a window: garbage collections and their time (a pause stops every thread,
 * the pool's and the servers' too), and the CPU time of the whole process (on a machine of few cores, work on other
 * threads takes time from the measured ones).
 *
 * @param gcMillis the collections' total time in ms
 * @param cpuNanos the process's CPU time, or -1 where the JVM does not tell it
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
record JvmCost(long gcCount, long gcMillis, long cpuNanos) {

    static JvmCost now() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        long cpu = os instanceof com.sun.management.OperatingSystemMXBean process ? process.getProcessCpuTime() : -1;
        return new JvmCost(count, millis, cpu);
    }

    /** What was spent from {@code before} to now. */
    static JvmCost since(JvmCost before) {
        JvmCost now = now();
        return new JvmCost(now.gcCount - before.gcCount, now.gcMillis - before.gcMillis,
                now.cpuNanos < 0 || before.cpuNanos < 0 ? -1 : now.cpuNanos - before.cpuNanos);
    }

    /** The CPU time as a share of the cores over the window's length, e.g. "1.6 of 2 cores"; "?" when unknown. */
    String cores(long windowNanos) {
        return cpuNanos < 0 || windowNanos <= 0 ? "?"
                : String.format(Locale.ROOT, "%.1f of %d cores", (double) cpuNanos / windowNanos,
                        Runtime.getRuntime().availableProcessors());
    }
}
