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

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterRegistry;
import org.openhab.binding.octoeverywhere.internal.livelink.LiveLinkStore;
import org.openhab.binding.octoeverywhere.internal.test.MemoryStorage;
import org.openhab.binding.octoeverywhere.internal.test.Notification;
import org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer;
import org.openhab.binding.octoeverywhere.internal.test.ServletServer;

/**
 * A flood of notifications on the webhook ({@link WebhookFlood}): how fast each is answered, also while forged ones
 * pour in, whether any is lost, and what it costs the shared {@code thingHandler} pool. Run by
 * {@code mvn -B -Pbench verify} only; it prints its figures and fails only when it cannot run.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class WebhookBenchmark {
    private static final int PRINTERS = 4;
    private static final int CLIENTS = WebhookFlood.CLIENTS;
    private static final int EVENTS = 2000;
    private static final int WARM_UP = 1000;
    private static final int POOL_THREADS = 5;
    /** Each client's pace in the paced run: 20 clients, 500 notifications a second in all. */
    private static final Duration PACED = Duration.ofMillis(40);

    private static final int SEQUENTIAL = 500;
    private static final long TEN_MS = Duration.ofMillis(10).toNanos();
    private static final long TWENTY_MS = Duration.ofMillis(20).toNanos();

    private final BenchReport report = new BenchReport();

    @Test
    void run() throws Exception {
        BenchSetup.logAsOpenHabDoes();
        try (OctoEverywhereServer octoEverywhere = new OctoEverywhereServer()) {
            BenchSetup.Clients clients = BenchSetup.factoryClients();
            ScheduledThreadPoolExecutor pool = BenchSetup.thingHandlerPool(POOL_THREADS);
            LiveLinkStore store = new LiveLinkStore(new MemoryStorage(), pool);
            PrinterRegistry registry = new PrinterRegistry();
            List<BenchPrinter> printers = new ArrayList<>();
            HttpClient senders = new HttpClient();
            senders.setMaxConnectionsPerDestination(CLIENTS);
            senders.start();
            // their own connections, so that the valid notifications never queue behind them in the client
            HttpClient forgers = new HttpClient();
            forgers.setMaxConnectionsPerDestination(WebhookFlood.FORGERS);
            forgers.start();
            TimedWebhookServlet webhookServlet = new TimedWebhookServlet(registry);
            try (ServletServer servlets = new ServletServer(Map.of(WEBHOOK_PATH, webhookServlet));
                    ServletServer floorServer = new ServletServer(Map.of(WEBHOOK_PATH, new FloorServlet()))) {
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
                URI floorUri = floorServer.uri(WEBHOOK_PATH);
                WebhookFlood binding = new WebhookFlood(senders, webhook, WebhookBenchmark::notification);
                WebhookFlood floor = new WebhookFlood(senders, floorUri, WebhookBenchmark::notification);
                binding.run(WARM_UP, new long[WARM_UP], Duration.ZERO);
                floor.run(WARM_UP, new long[WARM_UP], Duration.ZERO);
                long[] floorAnswers = new long[EVENTS];
                floor.run(EVENTS, floorAnswers, Duration.ZERO);
                long[] oneFloor = new long[SEQUENTIAL];
                long[] oneBinding = new long[SEQUENTIAL];
                for (int i = 0; i < SEQUENTIAL; i++) {
                    // interleaved, so drift hits both alike
                    oneFloor[i] = WebhookFlood.send(senders, floorUri, notification(i)).nanos();
                    oneBinding[i] = WebhookFlood.send(senders, webhook, notification(i)).nanos();
                }
                long[] pacedAnswers = new long[EVENTS];
                binding.run(EVENTS, pacedAnswers, PACED);
                WebhookFlood.Forgery forgery = binding.underForgery(forgers, EVENTS, PACED,
                        () -> printEvents(printers));

                PoolTicker idle = new PoolTicker(pool);
                Thread.sleep(300);
                long idleEnd = System.nanoTime();
                long[] idleLateness = idle.stopAfter(idleEnd - 250_000_000L, idleEnd, BenchSetup.WAIT);

                int before = printEvents(printers);
                long[] answers = new long[EVENTS];
                webhookServlet.measure(EVENTS);
                PoolTicker ticker = new PoolTicker(pool);
                long start = System.nanoTime();
                int failed = binding.run(EVENTS, answers, Duration.ZERO);
                long end = System.nanoTime();
                long[] lateness = ticker.stopAfter(start, end, BenchSetup.WAIT);
                int received = printEvents(printers) - before;
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
        report.print();
    }

    private static String secret(int printer) {
        return "bench-webhook-secret-" + printer;
    }

    /** How many print events the printers have fired so far. */
    private static int printEvents(List<BenchPrinter> printers) {
        return printers.stream().mapToInt(BenchPrinter::printEvents).sum();
    }

    /** A progress notification of one of the printers, as OctoEverywhere sends them. */
    private static String notification(int i) {
        return Notification.of(6).secret(secret(i % PRINTERS)).printId("print-" + (i % PRINTERS))
                .with("Progress", i % 100).with("TimeRemainingSec", i).json();
    }

    private void report(Percentiles answers, Percentiles inServlet, Percentiles floor, Percentiles paced,
            WebhookFlood.Forgery forgery, Percentiles oneBinding, Percentiles oneFloor, int lost, int failed,
            long nanos, long[] idleLateness, long[] lateness) {
        Percentiles late = new Percentiles(lateness);
        Percentiles idle = new Percentiles(idleLateness);
        report.line("");
        report.line("==== OctoEverywhere binding benchmark: notification webhook (mvn -B -Pbench verify) ====");
        report.line("%s", BenchReport.machine());
        report.line(
                "%d notifications for %d printers posted by %d concurrent clients over real HTTP, in %.0f ms"
                        + " (%.0f/s); %d before as warm-up",
                EVENTS, PRINTERS, CLIENTS, nanos / 1e6, EVENTS / (nanos / 1e9), WARM_UP);
        report.line("   answer time seen by the clients p50 / p99 / max  %s   target p99 < 10 ms: %s",
                BenchReport.ms(answers, 0.99), BenchReport.verdict(answers.nanos(0.99) < TEN_MS));
        report.line("     the same flood on a servlet that only reads the body and answers (floor)  %s",
                BenchReport.ms(floor, 0.99));
        report.line(
                "   answer time when the %d clients send %d notifications a second in all (%d in %d s)  %s"
                        + "   target p99 < 10 ms: %s",
                CLIENTS, Duration.ofSeconds(1).toNanos() / PACED.toNanos() * CLIENTS, EVENTS,
                PACED.multipliedBy(EVENTS / CLIENTS).toSeconds(), BenchReport.ms(paced, 0.99),
                BenchReport.verdict(paced.nanos(0.99) < TEN_MS));
        report.line("     the same while %d more clients post forged notifications back to back (wrong secret, a 15 KB"
                + " quoted number)  %s", WebhookFlood.FORGERS, BenchReport.ms(forgery.valid(), 0.99));
        report.line(
                "     %d forged posted (%.0f/s), answers other than 403 or 429: %d; valid ones lost %d, answers"
                        + " other than 200: %d   target 0: %s",
                forgery.forged(), forgery.forged() / (forgery.nanos() / 1e9), forgery.notRefused(), forgery.lost(),
                forgery.failed(),
                BenchReport.verdict(forgery.notRefused() == 0 && forgery.lost() == 0 && forgery.failed() == 0));
        report.line("   one client, one notification at a time: binding p50 / p99  %s / %s; floor %s / %s",
                BenchReport.ms(oneBinding.median()), BenchReport.ms(oneBinding.nanos(0.99)),
                BenchReport.ms(oneFloor.median()), BenchReport.ms(oneFloor.nanos(0.99)));
        report.line("   time inside the webhook servlet, from the request to the answer  %s",
                BenchReport.ms(inServlet, 0.99));
        report.line("   events lost (sent, not fired on print-event)  %d; answers other than 200: %d   target 0: %s",
                lost, failed, BenchReport.verdict(lost == 0 && failed == 0));
        report.line("   %d-thread pool task start delay p50 / p95 / max during the flood  %s   target p95 < 20 ms: %s",
                POOL_THREADS, BenchReport.ms(late, 0.95), BenchReport.verdict(late.nanos(0.95) < TWENTY_MS));
        report.line("     same task, idle pool just before                               %s",
                BenchReport.ms(idle, 0.95));
        report.line("   (PASS/MISS are for reading; the build fails only if the benchmark cannot run)");
    }
}
