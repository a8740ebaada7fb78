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

import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Nearest-rank percentiles of durations in nanoseconds (printed by {@link BenchReport}).
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class Percentiles {
    private final long[] sorted;

    Percentiles(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalStateException("no samples: the benchmark could not measure this");
        }
        sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** @param p in (0, 1]; nearest rank, so p99 of few samples is an observed value, never an interpolation */
    long nanos(double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    long median() {
        return nanos(0.5);
    }

    long max() {
        return sorted[sorted.length - 1];
    }

    int countAbove(long limit) {
        return (int) Arrays.stream(sorted).filter(value -> value > limit).count();
    }

    int count() {
        return sorted.length;
    }
}
