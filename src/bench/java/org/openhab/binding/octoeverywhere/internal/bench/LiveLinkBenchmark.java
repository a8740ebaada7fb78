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

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterHandler;

/**
 * Speed and footprint of Live Link creation against the in-process OctoEverywhere, printed side by side with the
 * targets: {@link LinkLatency}, {@link LinkBurst} and {@link HandlerFootprint}, and the jar's size. Run by
 * {@code mvn -B -Pbench verify} only (the name matches neither surefire's nor failsafe's default patterns). It fails
 * only when it cannot run: the figures are judged by reading them, because a timed assertion fails on a busy build
 * machine for reasons that have nothing to do with the binding.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class LiveLinkBenchmark {
    private static final String DEFAULT_JAR = "target/org.openhab.binding.octoeverywhere-1.0.0-SNAPSHOT.jar";

    private final BenchReport report = new BenchReport();

    @Test
    void run() throws Exception {
        BenchSetup.logAsOpenHabDoes();
        long began = System.nanoTime();
        report.line("");
        report.line("==== OctoEverywhere binding benchmark (mvn -B -Pbench verify) ====");
        report.line("%s, max heap %d MB; binding classes from %s", BenchReport.machine(),
                Runtime.getRuntime().maxMemory() >> 20, codeSource());
        LinkLatency latency = LinkLatency.measure();
        List<LinkBurst> bursts = new ArrayList<>();
        for (LinkBurst.Mode mode : LinkBurst.Mode.values()) {
            bursts.add(LinkBurst.measure(mode));
        }
        HandlerFootprint heap = HandlerFootprint.measure();
        long jarBytes = Files.size(Path.of(System.getProperty("addon.jar", DEFAULT_JAR)));
        latency(latency);
        burst(bursts, latency.roundTrip());
        footprint(heap, jarBytes);
        report.line("(benchmark ran %.1f s; load average now %.2f: the timings are only as quiet as the machine)",
                (System.nanoTime() - began) / 1e9, BenchReport.loadAverage());
        report.print();
    }

    private void latency(LinkLatency latency) {
        report.line("HTTP client as the factory leaves it: %s", latency.client());
        report.line("");
        report.line("1. create command -> url channel update, server delay 0 ms (%d warm-up, %d measured, interleaved)",
                LinkLatency.WARM_UP, LinkLatency.MEASURED);
        report.line("   %-44s %10s %10s", "", "median", "p99");
        report.line("   %-44s %10s %10s", "binding: handleCommand -> stateUpdated(url)",
                BenchReport.ms(latency.binding().median()), BenchReport.ms(latency.binding().nanos(0.99)));
        report.line("   %-44s %10s %10s", "raw Jetty POST, same request (floor)",
                BenchReport.ms(latency.raw().median()), BenchReport.ms(latency.raw().nanos(0.99)));
        report.line("   %-44s %9.2fx %9.2fx", "ratio binding / raw",
                BenchReport.ratio(latency.binding().median(), latency.raw().median()),
                BenchReport.ratio(latency.binding().nanos(0.99), latency.raw().nanos(0.99)));
        long overhead = latency.binding().median() - latency.raw().median();
        report.line("   %-44s %10s %10s   target <= 1 ms median: %s", "overhead binding - raw",
                BenchReport.ms(overhead), "", BenchReport.verdict(overhead <= TimeUnit.MILLISECONDS.toNanos(1)));
        report.line("   single round trip with %d ms server delay (median of %d): binding %s, raw %s",
                LinkLatency.SLOW.toMillis(), LinkLatency.SLOW_SAMPLES, BenchReport.ms(latency.roundTrip()),
                BenchReport.ms(latency.slowRaw().median()));
    }

    private void burst(List<LinkBurst> bursts, long roundTrip) {
        report.line("");
        report.line(
                "2. %d printers create a link at the same moment, server delay %d ms, one shared client, %d-thread pool",
                LinkBurst.PRINTERS, LinkLatency.SLOW.toMillis(), LinkLatency.POOL_THREADS);
        report.line("   (each command is submitted to the pool that is also every handler's scheduler; RTT = %s)",
                BenchReport.ms(roundTrip));
        LinkBurst nonBlocking = bursts.stream().filter(burst -> burst.mode() == LinkBurst.Mode.NON_BLOCKING).findFirst()
                .orElseThrow();
        report.row("", bursts, burst -> burst.mode().title, "");
        report.row("", bursts, burst -> burst.mode().how, "");
        report.row("all " + LinkBurst.PRINTERS + " url updates after", bursts,
                burst -> BenchReport.ms(burst.totalNanos())
                        + String.format(Locale.ROOT, " (%.2fx RTT)", BenchReport.ratio(burst.totalNanos(), roundTrip)),
                "target <= 2x RTT: " + BenchReport.verdict(nonBlocking.totalNanos() <= 2 * roundTrip));
        report.row("url arrivals p50 / max (ms)", bursts, burst -> String.format(Locale.ROOT, "%.1f / %.1f",
                burst.arrivals().median() / 1e6, burst.arrivals().max() / 1e6), "");
        report.row("url arrivals later than 1.5x RTT", bursts,
                burst -> burst.arrivals().countAbove(roundTrip * 3 / 2) + " of " + burst.arrivals().count(), "");
        report.row("connections to the server afterwards", bursts, LinkBurst::connections, "");
        report.row("HTTP client pool threads alive", bursts, LinkBurst::clientThreads, "");
        report.row("JVM live threads before / peak (+)", bursts, burst -> threads(burst.threads()), "");
        report.row("pool task start delay p50/p95/max ms", bursts,
                burst -> BenchReport.msShort(burst.poolLateness(), 0.95), "target p95 < 20 ms: " + BenchReport
                        .verdict(nonBlocking.poolLateness().nanos(0.95) < TimeUnit.MILLISECONDS.toNanos(20)));
        report.row("  same task, idle pool just before", bursts,
                burst -> BenchReport.msShort(burst.idleLateness(), 0.95), "");
        report.row("  (10 ms periodic task; runs counted)", bursts, burst -> burst.poolLateness().count(), "");
        report.row("GC during the burst (collections, ms)", bursts, burst -> burst.gcCount() + ", " + burst.gcMillis(),
                "");
        report.line("   threads that started during the burst, by name prefix:");
        Set<String> prefixes = new TreeSet<>();
        bursts.forEach(burst -> prefixes.addAll(burst.threads().createdByPrefix().keySet()));
        List<String> foreign = new ArrayList<>();
        for (String prefix : prefixes) {
            String owner = owner(prefix);
            if (owner.startsWith("?")) {
                foreign.add(prefix);
            }
            report.row("   " + prefix, bursts, burst -> burst.threads().createdByPrefix().getOrDefault(prefix, 0),
                    owner);
        }
        report.line("   no thread created by the binding beyond its HTTP client's pool: %s%s",
                BenchReport.verdict(foreign.isEmpty()), foreign.isEmpty() ? "" : " (unexplained: " + foreign + ")");
    }

    private void footprint(HandlerFootprint heap, long jarBytes) {
        report.line("");
        report.line("3. footprint");
        report.line("   %-38s %-24s target < 16 KB: %s", "retained heap per printer thing",
                BenchReport.kb(heap.handlerBytesPerThing()),
                BenchReport.verdict(heap.handlerBytesPerThing() < 16 * 1024));
        report.line("     = (used heap after GC with %d initialized handlers - with their mocked things, callbacks and"
                + " configurations alone) / %d", HandlerFootprint.THINGS, HandlerFootprint.THINGS);
        report.line(
                "     mocks alone: %s per thing, not counted; each handler's first status check queued, never run: %d"
                        + " (counted)",
                BenchReport.kb(heap.mockBytesPerThing()), heap.queuedChecks());
        report.line("   %-38s %-24s target < 150 KB: %s", "jar size", BenchReport.kb(jarBytes),
                BenchReport.verdict(jarBytes < 150 * 1024));
        report.line("   (PASS/MISS are for reading; the build fails only if the benchmark cannot run)");
    }

    /** Whose threads these are, as far as the name tells; a leading "?" marks what nobody here explains. */
    private static String owner(String prefix) {
        if (prefix.startsWith(BenchSetup.SNAPSHOT_POOL)) {
            return "binding's snapshot HTTP client pool";
        }
        if (prefix.startsWith(BenchSetup.CLIENT_POOL)) {
            return "binding's HTTP client pool";
        }
        if (prefix.startsWith("HttpClient@")) {
            return "binding's HTTP client (its timeout scheduler)";
        }
        // The in-process OctoEverywhere serves on a ServletServer, whose pool has that name.
        if (prefix.startsWith("oe-test-server") || prefix.startsWith("servlet-test-server")) {
            return "test server (plays OctoEverywhere)";
        }
        if (prefix.startsWith("bench-")) {
            return "benchmark harness";
        }
        return "? not explained: investigate";
    }

    private static String threads(ThreadWatch.Result threads) {
        return threads.threadsBefore() + " / " + threads.peak() + " (+" + (threads.peak() - threads.threadsBefore())
                + ")";
    }

    private static String codeSource() {
        CodeSource source = PrinterHandler.class.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        return location == null ? "?" : location.toString();
    }
}
