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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A benchmark's printout: its lines, collected while it runs and printed at once at the end, so that no log line of
 * the binding lands in the middle of a table; and how the benchmarks write durations, sizes and verdicts.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class BenchReport {
    private final List<String> lines = new ArrayList<>();

    /** A line, formatted with {@link Locale#ROOT}. */
    void line(String format, Object... args) {
        lines.add(String.format(Locale.ROOT, format, args).stripTrailing());
    }

    /** How wide a table's label and each of its columns are, in characters (wider text pushes the rest right). */
    record Widths(int label, int column) {
    }

    /** The widths of a table with a few short cells a row. */
    static final Widths DEFAULT_WIDTHS = new Widths(37, 22);

    /** A row of a table with {@link #DEFAULT_WIDTHS}: its label, one cell for each column, a note at the end. */
    <T> void row(String label, List<T> columns, Function<T, Object> cell, String note) {
        row(DEFAULT_WIDTHS, label, columns, cell, note);
    }

    /** A row of a table: its label, one cell for each column, a note at the end. */
    <T> void row(Widths widths, String label, List<T> columns, Function<T, Object> cell, String note) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "   %-" + widths.label() + "s", label));
        for (T column : columns) {
            text.append(String.format(Locale.ROOT, " %-" + widths.column() + "s", cell.apply(column)));
        }
        lines.add((text + " " + note).stripTrailing());
    }

    /** Prints the lines to standard output, where failsafe shows them. */
    void print() {
        Objects.requireNonNull(System.out).println(String.join(System.lineSeparator(), lines));
    }

    /** The Java version, the cores and the load: what the figures are only as good as. */
    static String machine() {
        return String.format(Locale.ROOT, "Java %s, %d cores, load average %.2f", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadAverage());
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Nanoseconds in milliseconds: three decimals below 10 ms, one above. */
    static String ms(long nanos) {
        double millis = nanos / 1e6;
        return String.format(Locale.ROOT, millis < 10 ? "%.3f ms" : "%.1f ms", millis);
    }

    /** The median, the given percentile and the maximum, each as {@link #ms(long)}, separated by slashes. */
    static String ms(Percentiles durations, double p) {
        return ms(durations.median()) + " / " + ms(durations.nanos(p)) + " / " + ms(durations.max());
    }

    /** The median, the given percentile and the maximum in milliseconds with one decimal, without the unit. */
    static String msShort(Percentiles durations, double p) {
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", durations.median() / 1e6, durations.nanos(p) / 1e6,
                durations.max() / 1e6);
    }

    static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB (%d B)", bytes / 1024.0, bytes);
    }

    static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    static String verdict(boolean met) {
        return met ? "PASS" : "MISS";
    }
}
