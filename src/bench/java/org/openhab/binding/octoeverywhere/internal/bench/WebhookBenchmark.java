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

import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.WEBHOOK_PATH;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.client.util.StringContentProvider;
import org.eclipse.jetty.http.HttpMethod;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterRegistry;
import org.openhab.binding.octoeverywhere.internal.livelink.LiveLinkStore;
import org.openhab.binding.octoeverywhere.internal.test.MemoryStorage;
import org.openhab.binding.octoeverywhere.internal.test.Notification;
import org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer;
import org.openhab.binding.octoeverywhere.internal.test.ServletServer;
import org.openhab.binding.octoeverywhere.internal.webhook.WebhookServlet;

/**
 * A flood of notifications on the webhook: how fast each is answered, also while forged ones pour in, whether any is
 * lost, and what it costs the shared {@code thingHandler} pool. Run by {@code mvn -B -Pbench verify} only; it prints
 * its figures and fails only when it cannot run.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class WebhookBenchmark {
    private static final int PRINTERS = 4;
    private static final int CLIENTS = 20;
    private static final int EVENTS = 2000;
    private static final int WARM_UP = 1000;
    private static final int POOL_THREADS = 5;
    /** Each client's pace in the paced run: 20 clients, 500 notifications a second in all. */
    private static final Duration PACED = Duration.ofMillis(40);

    private static final int SEQUENTIAL = 500;

    /** Clients without the secret that post {@link #FORGED} back to back while the paced run is repeated. */
    private static final int FORGERS = 20;
    /** A wrong secret and a quoted number of 15 KB: a body anyone on the LAN can post, parsed before its secret. */
    private static final String FORGED = Notification.of(6).secret("forged-0123456789")
            .with("Progress", "1." + "0".repeat(15 * 1024)).json();

    private final List<String> lines = new ArrayList<>();

    @Test
    void run() throws Exception {
        BenchSetup.logAsOpenHabDoes();
        try (OctoEverywhereServer octoEverywhere = new OctoEverywhereServer()) {
            BenchSetup.Clients clients = BenchSetup.factoryClients();
            HttpClient client = clients.api();
            ScheduledThreadPoolExecutor pool = BenchSetup.thingHandlerPool(POOL_THREADS);
            LiveLinkStore store = new LiveLinkStore(new MemoryStorage(), pool);
            PrinterRegistry registry = new PrinterRegistry();
            List<BenchPrinter> printers = new ArrayList<>();
            HttpClient senders = new HttpClient();
            senders.setMaxConnectionsPerDestination(CLIENTS);
            senders.start();
            // their own connections, so that the valid notifications never queue behind them in the client
            HttpClient forgers = new HttpClient();
            forgers.setMaxConnectionsPerDestination(FORGERS);
            forgers.start();
            TimedWebhookServlet webhookServlet = new TimedWebhookServlet(registry);
            try (ServletServer servlets = new ServletServer(Map.of(WEBHOOK_PATH, webhookServlet));
                    ServletServer floor = new ServletServer(Map.of(WEBHOOK_PATH, new FloorServlet()))) {
                for (int i = 0; i < PRINTERS; i++) {
                    BenchPrinter printer = new BenchPrinter("printer" + i, octoEverywhere.baseUrl(), true);
                    printer.configure("webhookSecret", secret(i));
                    registry.add(printer.start(clients, store, pool));
                    printers.add(printer);
                }
                for (BenchPrinter printer : printers) {
                    printer.awaitOnline(BenchSetup.WAIT);
                }
                URI webhook = servlets.uri(WEBHOOK_PATH);
                flood(senders, webhook, WARM_UP, new long[WARM_UP], Duration.ZERO);
                flood(senders, floor.uri(WEBHOOK_PATH), WARM_UP, new long[WARM_UP], Duration.ZERO);
                long[] floorAnswers = new long[EVENTS];
                flood(senders, floor.uri(WEBHOOK_PATH), EVENTS, floorAnswers, Duration.ZERO);
                long[] oneFloor = new long[SEQUENTIAL];
                long[] oneBinding = new long[SEQUENTIAL];
                for (int i = 0; i < SEQUENTIAL; i++) {
                    // interleaved, so drift hits both alike
                    oneFloor[i] = send(senders, floor.uri(WEBHOOK_PATH), notification(i)).nanos();
                    oneBinding[i] = send(senders, webhook, notification(i)).nanos();
                }
                long[] pacedAnswers = new long[EVENTS];
                flood(senders, webhook, EVENTS, pacedAnswers, PACED);
                Forgery forgery = pacedUnderForgery(senders, forgers, webhook, printers);

                PoolTicker idle = new PoolTicker(pool);
                Thread.sleep(300);
                long idleEnd = System.nanoTime();
                long[] idleLateness = idle.stopAfter(idleEnd - 250_000_000L, idleEnd, BenchSetup.WAIT);

                int before = printers.stream().mapToInt(BenchPrinter::printEvents).sum();
                long[] answers = new long[EVENTS];
                webhookServlet.measure(EVENTS);
                PoolTicker ticker = new PoolTicker(pool);
                long start = System.nanoTime();
                int failed = flood(senders, webhook, EVENTS, answers, Duration.ZERO);
                long end = System.nanoTime();
                long[] lateness = ticker.stopAfter(start, end, BenchSetup.WAIT);
                int received = printers.stream().mapToInt(BenchPrinter::printEvents).sum() - before;
                report(new Percentiles(answers), new Percentiles(webhookServlet.measured()),
                        new Percentiles(floorAnswers), new Percentiles(pacedAnswers), forgery,
                        new Percentiles(oneBinding), new Percentiles(oneFloor), EVENTS - received, failed, end - start,
                        idleLateness, lateness);
            } finally {
                forgers.stop();
                senders.stop();
                BenchSetup.stopInOrder(printers, pool, clients);
            }
        }
        Objects.requireNonNull(System.out).println(String.join(System.lineSeparator(), lines));
    }

    private static String secret(int printer) {
        return "bench-webhook-secret-" + printer;
    }

    /**
     * Posts the events from {@link #CLIENTS} threads at once, each waiting for one answer before it sends the next,
     * and at most one every {@code interval} (zero: back to back); fills in each answer time and returns how many
     * answers were not 200.
     */
    private static int flood(HttpClient senders, URI webhook, int events, long[] answers, Duration interval)
            throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(CLIENTS);
        AtomicInteger failed = new AtomicInteger();
        for (int c = 0; c < CLIENTS; c++) {
            int first = c;
            Thread sender = new Thread(() -> {
                try {
                    go.await();
                    long next = System.nanoTime();
                    for (int i = first; i < events; i += CLIENTS) {
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        next += interval.toNanos();
                        Answer answer = send(senders, webhook, notification(i));
                        answers[i] = answer.nanos();
                        if (answer.status() != 200) {
                            failed.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, "bench-webhook-sender-" + c);
            sender.start();
        }
        go.countDown();
        if (!done.await(BenchSetup.WAIT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the senders did not finish within " + BenchSetup.WAIT);
        }
        return failed.get();
    }

    /** The paced run's valid notifications, and the forged ones posted meanwhile. */
    private record Forgery(Percentiles valid, int lost, int failed, int forged, int notRefused, long nanos) {
    }

    /** The paced run again, while {@link #FORGERS} more clients post {@link #FORGED} back to back. */
    private static Forgery pacedUnderForgery(HttpClient senders, HttpClient forgers, URI webhook,
            List<BenchPrinter> printers) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger forged = new AtomicInteger();
        AtomicInteger notRefused = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < FORGERS; c++) {
            Thread forger = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        int status = send(forgers, webhook, FORGED).status();
                        // 429 once the sender has sent too many wrong secrets
                        if (status != 403 && status != 429) {
                            notRefused.incrementAndGet();
                        }
                    } catch (Exception e) {
                        notRefused.incrementAndGet();
                    }
                    forged.incrementAndGet();
                }
            }, "bench-webhook-forger-" + c);
            threads.add(forger);
        }
        int before = printers.stream().mapToInt(BenchPrinter::printEvents).sum();
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        long[] answers = new long[EVENTS];
        int failed;
        try {
            failed = flood(senders, webhook, EVENTS, answers, PACED);
        } finally {
            stop.set(true);
            for (Thread forger : threads) {
                forger.join(BenchSetup.WAIT.toMillis());
            }
        }
        long nanos = System.nanoTime() - start;
        int received = printers.stream().mapToInt(BenchPrinter::printEvents).sum() - before;
        return new Forgery(new Percentiles(answers), EVENTS - received, failed, forged.get(), notRefused.get(), nanos);
    }

    private record Answer(int status, long nanos) {
    }

    private static Answer send(HttpClient senders, URI webhook, String body) throws Exception {
        long sent = System.nanoTime();
        ContentResponse response = senders.newRequest(webhook).method(HttpMethod.POST)
                .content(new StringContentProvider("application/json", body, StandardCharsets.UTF_8))
                .timeout(10, TimeUnit.SECONDS).send();
        return new Answer(response.getStatus(), System.nanoTime() - sent);
    }

    /** A progress notification of one of the printers, as OctoEverywhere sends them. */
    private static String notification(int i) {
        return Notification.of(6).secret(secret(i % PRINTERS)).printId("print-" + (i % PRINTERS))
                .with("Progress", i % 100).with("TimeRemainingSec", i).json();
    }

    private void report(Percentiles answers, Percentiles inServlet, Percentiles floor, Percentiles paced,
            Forgery forgery, Percentiles oneBinding, Percentiles oneFloor, int lost, int failed, long nanos,
            long[] idleLateness, long[] lateness) {
        Percentiles late = new Percentiles(lateness);
        Percentiles idle = new Percentiles(idleLateness);
        line("");
        line("==== OctoEverywhere binding benchmark: notification webhook (mvn -B -Pbench verify) ====");
        line("Java %s, %d cores, load average %.2f", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        line("%d notifications for %d printers posted by %d concurrent clients over real HTTP, in %.0f ms (%.0f/s);"
                + " %d before as warm-up", EVENTS, PRINTERS, CLIENTS, nanos / 1e6, EVENTS / (nanos / 1e9), WARM_UP);
        line("   answer time seen by the clients p50 / p99 / max  %s / %s / %s   target p99 < 10 ms: %s",
                Percentiles.ms(answers.median()), Percentiles.ms(answers.nanos(0.99)),
                Percentiles.ms(answers.nanos(1.0)),
                BenchReport.verdict(answers.nanos(0.99) < Duration.ofMillis(10).toNanos()));
        line("     the same flood on a servlet that only reads the body and answers (floor)  %s / %s / %s",
                Percentiles.ms(floor.median()), Percentiles.ms(floor.nanos(0.99)), Percentiles.ms(floor.nanos(1.0)));
        line("   answer time when the %d clients send %d notifications a second in all (%d in %d s)  %s / %s / %s"
                + "   target p99 < 10 ms: %s", CLIENTS, Duration.ofSeconds(1).toNanos() / PACED.toNanos() * CLIENTS,
                EVENTS, PACED.multipliedBy(EVENTS / CLIENTS).toSeconds(), Percentiles.ms(paced.median()),
                Percentiles.ms(paced.nanos(0.99)), Percentiles.ms(paced.nanos(1.0)),
                BenchReport.verdict(paced.nanos(0.99) < Duration.ofMillis(10).toNanos()));
        line("     the same while %d more clients post forged notifications back to back (wrong secret, a 15 KB"
                + " quoted number)  %s / %s / %s", FORGERS, Percentiles.ms(forgery.valid().median()),
                Percentiles.ms(forgery.valid().nanos(0.99)), Percentiles.ms(forgery.valid().nanos(1.0)));
        line("     %d forged posted (%.0f/s), answers other than 403 or 429: %d; valid ones lost %d, answers other than"
                + " 200: %d   target 0: %s", forgery.forged(), forgery.forged() / (forgery.nanos() / 1e9),
                forgery.notRefused(), forgery.lost(), forgery.failed(),
                BenchReport.verdict(forgery.notRefused() == 0 && forgery.lost() == 0 && forgery.failed() == 0));
        line("   one client, one notification at a time: binding p50 / p99  %s / %s; floor %s / %s",
                Percentiles.ms(oneBinding.median()), Percentiles.ms(oneBinding.nanos(0.99)),
                Percentiles.ms(oneFloor.median()), Percentiles.ms(oneFloor.nanos(0.99)));
        line("   time inside the webhook servlet, from the request to the answer  %s / %s / %s",
                Percentiles.ms(inServlet.median()), Percentiles.ms(inServlet.nanos(0.99)),
                Percentiles.ms(inServlet.nanos(1.0)));
        line("   events lost (sent, not fired on print-event)  %d; answers other than 200: %d   target 0: %s", lost,
                failed, BenchReport.verdict(lost == 0 && failed == 0));
        line("   %d-thread pool task start delay p50 / p95 / max during the flood  %s / %s / %s   target p95 < 20 ms: %s",
                POOL_THREADS, Percentiles.ms(late.median()), Percentiles.ms(late.nanos(0.95)),
                Percentiles.ms(late.nanos(1.0)),
                BenchReport.verdict(late.nanos(0.95) < Duration.ofMillis(20).toNanos()));
        line("     same task, idle pool just before                               %s / %s / %s",
                Percentiles.ms(idle.median()), Percentiles.ms(idle.nanos(0.95)), Percentiles.ms(idle.nanos(1.0)));
        line("   (PASS/MISS are for reading; the build fails only if the benchmark cannot run)");
    }

    /**
     * The binding's servlet, timed from the request to the answer: for a notification that arrives whole, as every
     * one here does, the answer is written before {@code service} returns.
     */
    private static final class TimedWebhookServlet extends WebhookServlet {
        private static final long serialVersionUID = 1L;
        private transient volatile long[] samples = new long[0];
        private final transient AtomicInteger next = new AtomicInteger();

        TimedWebhookServlet(PrinterRegistry registry) {
            super(registry);
        }

        void measure(int count) {
            samples = new long[count];
            next.set(0);
        }

        long[] measured() {
            return Arrays.copyOf(samples, Math.min(next.get(), samples.length));
        }

        @Override
        protected void service(@Nullable HttpServletRequest request, @Nullable HttpServletResponse response)
                throws IOException {
            long start = System.nanoTime();
            super.service(request, response);
            long took = System.nanoTime() - start;
            long[] into = samples;
            int slot = next.getAndIncrement();
            if (slot < into.length) {
                into[slot] = took;
            }
        }
    }

    /** The least any webhook costs here: the same HTTP exchange, without the binding. */
    private static final class FloorServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doPost(@Nullable HttpServletRequest request, @Nullable HttpServletResponse response)
                throws IOException {
            if (request != null && response != null) {
                request.getInputStream().readAllBytes();
                response.setContentType("text/plain;charset=UTF-8");
                response.getOutputStream().write("OK".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void line(String format, Object... args) {
        lines.add(String.format(Locale.ROOT, format, args).stripTrailing());
    }
}
