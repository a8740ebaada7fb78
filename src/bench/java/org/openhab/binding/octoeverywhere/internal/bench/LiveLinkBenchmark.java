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
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.AbstractConnectionPool;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.client.api.Result;
import org.eclipse.jetty.client.util.BufferingResponseListener;
import org.eclipse.jetty.client.util.StringContentProvider;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.api.LiveLinkRequest;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereClient;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterHandler;
import org.openhab.binding.octoeverywhere.internal.livelink.LiveLinkStore;
import org.openhab.binding.octoeverywhere.internal.test.HttpClients;
import org.openhab.binding.octoeverywhere.internal.test.MemoryStorage;
import org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer;
import org.openhab.binding.octoeverywhere.internal.test.RecordedRequest;

/**
 * Speed and footprint of Live Link creation against the in-process OctoEverywhere, printed side by side with the
 * targets. Run by {@code mvn -B -Pbench verify} only (the name matches neither surefire's nor failsafe's default
 * patterns). It fails only when it cannot run: the figures are judged by reading them, because a timed assertion
 * fails on a busy build machine for reasons that have nothing to do with the binding.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class LiveLinkBenchmark {
    private static final int WARM_UP = 2000;
    private static final int MEASURED = 2000;
    private static final int SLOW_SAMPLES = 5;
    private static final int PRINTERS = 100;
    private static final int HEAP_THINGS = 1000;
    private static final int POOL_THREADS = 5;
    private static final Duration SLOW = Duration.ofMillis(200);
    private static final Duration WAIT = BenchSetup.WAIT;
    private static final String JSON = "application/json";
    /** What the binding sends for a timed link with the default 24 hours (checked against the server's record). */
    private static final String BODY = "{\"ExpirationHours\":24,\"EndWhenCurrentPrintIsComplete\":false}";

    private static final String CLIENT_POOL = BenchSetup.CLIENT_POOL;

    private static final String DEFAULT_JAR = "target/org.openhab.binding.octoeverywhere-1.0.0-SNAPSHOT.jar";

    private final List<String> lines = new ArrayList<>();

    @Test
    void run() throws Exception {
        BenchSetup.logAsOpenHabDoes();
        long began = System.nanoTime();
        header();
        Latency latency = latency();
        List<Burst> bursts = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            bursts.add(burst(mode));
        }
        Heap heap = heap();
        long jarBytes = Files.size(Path.of(System.getProperty("addon.jar", DEFAULT_JAR)));
        report(latency, bursts, heap, jarBytes);
        line("(benchmark ran %.1f s; load average now %.2f: the timings are only as quiet as the machine)",
                (System.nanoTime() - began) / 1e9, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Objects.requireNonNull(System.out).println(String.join(System.lineSeparator(), lines));
    }

    private void header() {
        line("");
        line("==== OctoEverywhere binding benchmark (mvn -B -Pbench verify) ====");
        line("Java %s, %d cores, load average %.2f, max heap %d MB; binding classes from %s",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() >> 20, codeSource());
    }

    // ---- 1. one command, fast server ----

    private record Latency(Percentiles binding, Percentiles raw, Percentiles slowBinding, Percentiles slowRaw,
            String client) {
    }

    private Latency latency() throws Exception {
        try (OctoEverywhereServer server = new OctoEverywhereServer()) {
            BenchSetup.Clients clients = BenchSetup.factoryClients();
            HttpClient client = clients.api();
            ScheduledThreadPoolExecutor pool = BenchSetup.thingHandlerPool(POOL_THREADS);
            BenchPrinter printer = new BenchPrinter("latency", server.baseUrl(), true);
            try {
                printer.start(clients, new LiveLinkStore(new MemoryStorage(), pool), pool);
                printer.awaitOnline(WAIT);
                URI url = URI.create(server.baseUrl() + OctoEverywhereClient.LIVE_LINK_PATH);
                for (int i = 0; i < WARM_UP; i++) {
                    viaBinding(printer);
                    raw(client, url);
                }
                checkSameRequest(server.requests());
                long[] binding = new long[MEASURED];
                long[] raw = new long[MEASURED];
                // Interleaved, and in alternating order, so drift (JIT, GC, the machine) hits both alike.
                for (int i = 0; i < MEASURED; i++) {
                    if (i % 2 == 0) {
                        binding[i] = viaBinding(printer);
                        raw[i] = raw(client, url);
                    } else {
                        raw[i] = raw(client, url);
                        binding[i] = viaBinding(printer);
                    }
                }
                server.delay(SLOW);
                long[] slowBinding = new long[SLOW_SAMPLES];
                long[] slowRaw = new long[SLOW_SAMPLES];
                for (int i = 0; i < SLOW_SAMPLES; i++) {
                    slowBinding[i] = viaBinding(printer);
                    slowRaw[i] = raw(client, url);
                }
                String clientPool = client.getExecutor() instanceof QueuedThreadPool threads
                        ? threads.getName() + " " + threads.getMinThreads() + ".." + threads.getMaxThreads()
                                + " threads"
                        : String.valueOf(client.getExecutor());
                String settings = String.format(Locale.ROOT,
                        "%d connections per destination, follow redirects %s, pool %s",
                        client.getMaxConnectionsPerDestination(), client.isFollowRedirects(), clientPool);
                return new Latency(new Percentiles(binding), new Percentiles(raw), new Percentiles(slowBinding),
                        new Percentiles(slowRaw), settings);
            } finally {
                BenchSetup.stopInOrder(List.of(printer), pool, clients);
            }
        }
    }

    /** From the command to the url channel update, as openHAB sees it through the callback. */
    private static long viaBinding(BenchPrinter printer) throws Exception {
        CompletableFuture<Long> url = printer.expectUrl();
        long start = System.nanoTime();
        printer.pressCreate();
        return url.get(WAIT.toSeconds(), TimeUnit.SECONDS) - start;
    }

    /** The floor: the binding's request written by hand, on the same client, to the same server. */
    private static long raw(HttpClient client, URI url) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        long start = System.nanoTime();
        sendRaw(client, url, done);
        return done.get(WAIT.toSeconds(), TimeUnit.SECONDS) - start;
    }

    /** Sends the binding's request by hand; {@code done} completes with System.nanoTime() of the answer. */
    private static void sendRaw(HttpClient client, URI url, CompletableFuture<Long> done) {
        Request request = client.newRequest(url).method(HttpMethod.POST).followRedirects(false)
                .timeout(30, TimeUnit.SECONDS).agent(OctoEverywhereClient.USER_AGENT).accept(JSON);
        HttpClients.header(request, OctoEverywhereClient.APP_TOKEN_HEADER, BenchPrinter.TOKEN);
        request.content(new StringContentProvider(JSON, BODY, StandardCharsets.UTF_8))
                .send(new BufferingResponseListener(OctoEverywhereClient.MAX_BODY_BYTES) {
                    @Override
                    public void onComplete(@Nullable Result result) {
                        long now = System.nanoTime();
                        if (result != null && result.isSucceeded() && result.getResponse().getStatus() == 200) {
                            done.complete(now);
                        } else {
                            done.completeExceptionally(new IllegalStateException("raw POST failed: " + result));
                        }
                    }
                });
    }

    /** The floor means something only if it is the same request; the last two are the binding's and ours. */
    private static void checkSameRequest(List<RecordedRequest> requests) {
        RecordedRequest binding = requests.get(requests.size() - 2);
        RecordedRequest raw = requests.get(requests.size() - 1);
        if (!binding.method().equals(raw.method()) || !binding.path().equals(raw.path())
                || !binding.body().equals(raw.body()) || !binding.headers().equals(raw.headers())) {
            throw new IllegalStateException(
                    "the raw POST differs from the binding's request:\n  binding " + binding + "\n  raw     " + raw);
        }
    }

    // ---- 2. 100 printers at once, slow server ----

    private enum Mode {
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

    private record Burst(Mode mode, long totalNanos, Percentiles arrivals, Percentiles idleLateness,
            Percentiles poolLateness, ThreadWatch.Result threads, int clientThreads, int connections, long gcCount,
            long gcMillis) {
    }

    private Burst burst(Mode mode) throws Exception {
        try (OctoEverywhereServer server = new OctoEverywhereServer()) {
            BenchSetup.Clients clients = BenchSetup.factoryClients();
            HttpClient client = clients.api();
            ScheduledThreadPoolExecutor pool = BenchSetup.thingHandlerPool(POOL_THREADS);
            LiveLinkStore store = new LiveLinkStore(new MemoryStorage(), pool);
            List<BenchPrinter> printers = new ArrayList<>();
            try {
                for (int i = 0; i < PRINTERS; i++) {
                    BenchPrinter printer = new BenchPrinter(String.format("printer%03d", i), server.baseUrl(), true);
                    printers.add(printer);
                    printer.start(clients, store, pool);
                }
                for (BenchPrinter printer : printers) {
                    printer.awaitOnline(WAIT);
                }
                server.delay(SLOW);
                // The same periodic task on the same pool with nothing else going on: what "late" means here.
                PoolTicker idle = new PoolTicker(pool);
                Thread.sleep(300);
                long idleEnd = System.nanoTime();
                long[] idleLateness = idle.stopAfter(idleEnd - 250_000_000L, idleEnd, WAIT);
                List<CompletableFuture<Long>> urls = printers.stream().map(BenchPrinter::expectUrl).toList();

                ThreadWatch watch = new ThreadWatch();
                long[] gcBefore = gc();
                long start = System.nanoTime();
                PoolTicker ticker = new PoolTicker(pool);
                // openHAB hands commands to handlers on its threads; here every command comes in on the shared pool.
                URI url = URI.create(server.baseUrl() + OctoEverywhereClient.LIVE_LINK_PATH);
                for (int i = 0; i < PRINTERS; i++) {
                    BenchPrinter printer = printers.get(i);
                    CompletableFuture<Long> done = urls.get(i);
                    pool.execute(switch (mode) {
                        case RAW -> () -> sendRaw(client, url, done);
                        case NON_BLOCKING -> printer::pressCreate;
                        case BLOCKING -> () -> createAndWait(printer);
                    });
                }
                long end = start;
                long[] arrivals = new long[PRINTERS];
                for (int i = 0; i < PRINTERS; i++) {
                    long arrived = urls.get(i).get(WAIT.toSeconds(), TimeUnit.SECONDS);
                    arrivals[i] = arrived - start;
                    end = Math.max(end, arrived);
                }
                ThreadWatch.Result threads = watch.stop();
                long[] gcAfter = gc();
                int clientThreads = ThreadWatch.alive(CLIENT_POOL);
                long[] lateness = ticker.stopAfter(start, end, WAIT);
                return new Burst(mode, end - start, new Percentiles(arrivals), new Percentiles(idleLateness),
                        new Percentiles(lateness), threads, clientThreads, connectionCount(client),
                        gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
            } finally {
                BenchSetup.stopInOrder(printers, pool, clients);
            }
        }
    }

    /** The deliberately wrong way, for comparison: a pool thread waits for the answer. */
    private static void createAndWait(BenchPrinter printer) {
        try {
            printer.handler().createLiveLink(LiveLinkRequest.timed(24)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            printer.fail(e);
        }
    }

    /** Collections so far and their total time in ms: a pause stops the pool's threads too. */
    private static long[] gc() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new long[] { count, millis };
    }

    private static int connectionCount(HttpClient client) {
        return HttpClients.sumOverPools(client, AbstractConnectionPool::getConnectionCount);
    }

    // ---- 3. footprint ----

    private record Heap(long mockBytesPerThing, long handlerBytesPerThing, int queuedChecks) {
    }

    private Heap heap() throws Exception {
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
        BenchPrinter[] printers = new BenchPrinter[HEAP_THINGS];
        try {
            // Whatever a first handler allocates once (class init, caches) must not be charged to the 1000.
            for (int i = 0; i < 20; i++) {
                BenchPrinter warm = new BenchPrinter("warm" + i, baseUrl, false);
                warm.start(clients, store, parked);
                warm.dispose();
            }
            long empty = usedHeapAfterGc();
            for (int i = 0; i < HEAP_THINGS; i++) {
                printers[i] = new BenchPrinter("heap" + i, baseUrl, false);
            }
            long withMocks = usedHeapAfterGc();
            for (BenchPrinter printer : printers) {
                printer.start(clients, store, parked);
            }
            long withHandlers = usedHeapAfterGc();
            int queued = parked.getQueue().size();
            Reference.reachabilityFence(printers);
            return new Heap((withMocks - empty) / HEAP_THINGS, (withHandlers - withMocks) / HEAP_THINGS, queued);
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

    // ---- the printout ----

    private void report(Latency latency, List<Burst> bursts, Heap heap, long jarBytes) {
        line("HTTP client as the factory leaves it: %s", latency.client());
        line("");
        line("1. create command -> url channel update, server delay 0 ms (%d warm-up, %d measured, interleaved)",
                WARM_UP, MEASURED);
        line("   %-44s %10s %10s", "", "median", "p99");
        line("   %-44s %10s %10s", "binding: handleCommand -> stateUpdated(url)",
                Percentiles.ms(latency.binding().median()), Percentiles.ms(latency.binding().nanos(0.99)));
        line("   %-44s %10s %10s", "raw Jetty POST, same request (floor)", Percentiles.ms(latency.raw().median()),
                Percentiles.ms(latency.raw().nanos(0.99)));
        line("   %-44s %9.2fx %9.2fx", "ratio binding / raw", ratio(latency.binding().median(), latency.raw().median()),
                ratio(latency.binding().nanos(0.99), latency.raw().nanos(0.99)));
        long overhead = latency.binding().median() - latency.raw().median();
        line("   %-44s %10s %10s   target <= 1 ms median: %s", "overhead binding - raw", Percentiles.ms(overhead), "",
                BenchSetup.verdict(overhead <= TimeUnit.MILLISECONDS.toNanos(1)));
        long roundTrip = latency.slowBinding().median();
        line("   single round trip with %d ms server delay (median of %d): binding %s, raw %s", SLOW.toMillis(),
                SLOW_SAMPLES, Percentiles.ms(roundTrip), Percentiles.ms(latency.slowRaw().median()));
        line("");
        line("2. %d printers create a link at the same moment, server delay %d ms, one shared client, %d-thread pool",
                PRINTERS, SLOW.toMillis(), POOL_THREADS);
        line("   (each command is submitted to the pool that is also every handler's scheduler; RTT = %s)",
                Percentiles.ms(roundTrip));
        Burst nonBlocking = bursts.stream().filter(burst -> burst.mode() == Mode.NON_BLOCKING).findFirst()
                .orElseThrow();
        row("", bursts, burst -> burst.mode().title, "");
        row("", bursts, burst -> burst.mode().how, "");
        row("all " + PRINTERS + " url updates after", bursts,
                burst -> Percentiles.ms(burst.totalNanos())
                        + String.format(Locale.ROOT, " (%.2fx RTT)", ratio(burst.totalNanos(), roundTrip)),
                "target <= 2x RTT: " + BenchSetup.verdict(nonBlocking.totalNanos() <= 2 * roundTrip));
        row("url arrivals p50 / max (ms)", bursts, burst -> String.format(Locale.ROOT, "%.1f / %.1f",
                burst.arrivals().median() / 1e6, burst.arrivals().max() / 1e6), "");
        row("url arrivals later than 1.5x RTT", bursts,
                burst -> burst.arrivals().countAbove(roundTrip * 3 / 2) + " of " + burst.arrivals().count(), "");
        row("connections to the server afterwards", bursts, Burst::connections, "");
        row("HTTP client pool threads alive", bursts, Burst::clientThreads, "");
        row("JVM live threads before / peak (+)", bursts, burst -> threads(burst.threads()), "");
        row("pool task start delay p50/p95/max ms", bursts, burst -> lateness(burst.poolLateness()),
                "target p95 < 20 ms: " + BenchSetup
                        .verdict(nonBlocking.poolLateness().nanos(0.95) < TimeUnit.MILLISECONDS.toNanos(20)));
        row("  same task, idle pool just before", bursts, burst -> lateness(burst.idleLateness()), "");
        row("  (10 ms periodic task; runs counted)", bursts, burst -> burst.poolLateness().count(), "");
        row("GC during the burst (collections, ms)", bursts, burst -> burst.gcCount() + ", " + burst.gcMillis(), "");
        line("   threads that started during the burst, by name prefix:");
        Set<String> prefixes = new TreeSet<>();
        bursts.forEach(burst -> prefixes.addAll(burst.threads().createdByPrefix().keySet()));
        List<String> foreign = new ArrayList<>();
        for (String prefix : prefixes) {
            String owner = owner(prefix);
            if (owner.startsWith("?")) {
                foreign.add(prefix);
            }
            row("   " + prefix, bursts, burst -> burst.threads().createdByPrefix().getOrDefault(prefix, 0), owner);
        }
        line("   no thread created by the binding beyond its HTTP client's pool: %s%s",
                BenchSetup.verdict(foreign.isEmpty()), foreign.isEmpty() ? "" : " (unexplained: " + foreign + ")");
        line("");
        line("3. footprint");
        line("   %-38s %-24s target < 16 KB: %s", "retained heap per printer thing", kb(heap.handlerBytesPerThing()),
                BenchSetup.verdict(heap.handlerBytesPerThing() < 16 * 1024));
        line("     = (used heap after GC with %d initialized handlers - with their mocked things, callbacks and"
                + " configurations alone) / %d", HEAP_THINGS, HEAP_THINGS);
        line("     mocks alone: %s per thing, not counted; each handler's first status check queued, never run: %d"
                + " (counted)", kb(heap.mockBytesPerThing()), heap.queuedChecks());
        line("   %-38s %-24s target < 150 KB: %s", "jar size", kb(jarBytes), BenchSetup.verdict(jarBytes < 150 * 1024));
        line("   (PASS/MISS are for reading; the build fails only if the benchmark cannot run)");
    }

    private void row(String label, List<Burst> bursts, Function<Burst, Object> cell, String note) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "   %-37s", label));
        for (Burst burst : bursts) {
            text.append(String.format(Locale.ROOT, " %-22s", cell.apply(burst)));
        }
        lines.add((text + " " + note).stripTrailing());
    }

    /** Whose threads these are, as far as the name tells; a leading "?" marks what nobody here explains. */
    private static String owner(String prefix) {
        if (prefix.startsWith(CLIENT_POOL)) {
            return "binding's HTTP client pool";
        }
        if (prefix.startsWith("HttpClient@")) {
            return "binding's HTTP client (its timeout scheduler)";
        }
        if (prefix.startsWith("oe-test-server")) {
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

    private static String lateness(Percentiles lateness) {
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", lateness.median() / 1e6, lateness.nanos(0.95) / 1e6,
                lateness.max() / 1e6);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB (%d B)", bytes / 1024.0, bytes);
    }

    private static String codeSource() {
        CodeSource source = PrinterHandler.class.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        return location == null ? "?" : location.toString();
    }

    private void line(String format, Object... args) {
        lines.add(String.format(Locale.ROOT, format, args).stripTrailing());
    }
}
