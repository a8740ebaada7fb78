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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.Predicate;

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
 * pour in, whether any is lost, and what it costs the shared {@code thingHandler} pool; and the same with the print
 * snapshot channel linked, when every notification makes the binding fetch a picture ({@link SnapshotLinkedRuns}).
 * Run by {@code mvn -B -Pbench verify} only; it prints its figures and fails only when it cannot run.
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
    /** The control: pictures that cost next to nothing to move. */
    private static final int TINY_PICTURE = 1024;
    /** The widths of the label and of each column of the table that puts the runs side by side. */
    private static final BenchReport.Widths WIDE = new BenchReport.Widths(38, 32);
    private static final BenchReport.Widths PICTURES = new BenchReport.Widths(38, 16);
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
                WebhookFlood binding = new WebhookFlood(senders, webhook, i -> progress(i).json());
                WebhookFlood floor = new WebhookFlood(senders, floorUri, i -> progress(i).json());
                binding.run(WARM_UP, new long[WARM_UP], Duration.ZERO);
                floor.run(WARM_UP, new long[WARM_UP], Duration.ZERO);
                long[] floorAnswers = new long[EVENTS];
                floor.run(EVENTS, floorAnswers, Duration.ZERO);
                long[] oneFloor = new long[SEQUENTIAL];
                long[] oneBinding = new long[SEQUENTIAL];
                for (int i = 0; i < SEQUENTIAL; i++) {
                    // interleaved, so drift hits both alike
                    oneFloor[i] = WebhookFlood.send(senders, floorUri, progress(i).json()).nanos();
                    oneBinding[i] = WebhookFlood.send(senders, webhook, progress(i).json()).nanos();
                }
                long[] pacedAnswers = new long[EVENTS];
                binding.run(EVENTS, pacedAnswers, PACED);
                WebhookFlood.Forgery forgery = binding.underForgery(forgers, EVENTS, PACED,
                        () -> printEvents(printers));

                PoolTicker idle = new PoolTicker(pool);
                Thread.sleep(300);
                long idleEnd = System.nanoTime();
                long[] idleLateness = idle.stopAfter(idleEnd - 250_000_000L, idleEnd, BenchSetup.WAIT);

                MeasuredFlood flood = MeasuredFlood.run(binding, EVENTS, webhookServlet, pool,
                        () -> printEvents(printers));
                report(flood, new Percentiles(floorAnswers), new Percentiles(pacedAnswers), forgery,
                        new Percentiles(oneBinding), new Percentiles(oneFloor), new Percentiles(idleLateness));

                // The paced run and the flood again, with the print's snapshot channel linked: every notification
                // brings a new picture to fetch. Then once more with pictures of 1 KB, which cost next to nothing to
                // move: what remains is what the fetches cost the thread that answers the notification.
                SnapshotLinkedRuns linked = new SnapshotLinkedRuns(senders, webhook, webhookServlet, pool, printers,
                        clients.snapshot(), WebhookBenchmark::progress, () -> printEvents(printers));
                try (Webcam webcam = new Webcam()) {
                    reportLinked(new Percentiles(pacedAnswers), flood,
                            List.of(linked.run(webcam, SnapshotServlet.FULL_HD_JPEG, WARM_UP, EVENTS, PACED),
                                    linked.run(webcam, TINY_PICTURE, WARM_UP, EVENTS, PACED)));
                }
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
    private static Notification progress(int i) {
        return Notification.of(6).secret(secret(i % PRINTERS)).printId("print-" + (i % PRINTERS))
                .with("Progress", i % 100).with("TimeRemainingSec", i);
    }

    private void report(MeasuredFlood flood, Percentiles floor, Percentiles paced, WebhookFlood.Forgery forgery,
            Percentiles oneBinding, Percentiles oneFloor, Percentiles idle) {
        Percentiles answers = flood.answers();
        Percentiles late = flood.lateness();
        report.line("");
        report.line("==== OctoEverywhere binding benchmark: notification webhook (mvn -B -Pbench verify) ====");
        report.line("%s", BenchReport.machine());
        report.line(
                "%d notifications for %d printers posted by %d concurrent clients over real HTTP, in %.0f ms"
                        + " (%.0f/s); %d before as warm-up",
                EVENTS, PRINTERS, CLIENTS, flood.nanos() / 1e6, flood.rate(), WARM_UP);
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
                "     %d forged posted (%.0f/s), answered by status %s, not refused (not 403, 429 or 503): %d;"
                        + " valid ones lost %d, answers other than 200: %d   target 0: %s",
                forgery.forged(), forgery.forged() / (forgery.nanos() / 1e9), new TreeMap<>(forgery.forgedAnswers()),
                forgery.notRefused(), forgery.lost(), forgery.failed(),
                BenchReport.verdict(forgery.notRefused() == 0 && forgery.lost() == 0 && forgery.failed() == 0));
        report.line("   one client, one notification at a time: binding p50 / p99  %s / %s; floor %s / %s",
                BenchReport.ms(oneBinding.median()), BenchReport.ms(oneBinding.nanos(0.99)),
                BenchReport.ms(oneFloor.median()), BenchReport.ms(oneFloor.nanos(0.99)));
        report.line("   time inside the webhook servlet, from the request to the answer  %s",
                BenchReport.ms(flood.inServlet(), 0.99));
        report.line("   events lost (sent, not fired on print-event)  %d; answers other than 200: %d   target 0: %s",
                flood.lost(), flood.failed(), BenchReport.verdict(flood.lost() == 0 && flood.failed() == 0));
        report.line("   %d-thread pool task start delay p50 / p95 / max during the flood  %s   target p95 < 20 ms: %s",
                POOL_THREADS, BenchReport.ms(late, 0.95), BenchReport.verdict(late.nanos(0.95) < TWENTY_MS));
        report.line("     same task, idle pool just before                               %s",
                BenchReport.ms(idle, 0.95));
    }

    /** The unlinked and the linked runs side by side, and what became of the snapshot addresses. */
    private void reportLinked(Percentiles paced, MeasuredFlood flood, List<SnapshotLinkedRuns.Figures> linked) {
        List<Percentiles> pacedRuns = new ArrayList<>(List.of(paced));
        List<MeasuredFlood> floods = new ArrayList<>(List.of(flood));
        List<String> titles = new ArrayList<>(List.of("not linked"));
        List<Webcam.Tally> pictures = new ArrayList<>();
        List<String> pictureTitles = new ArrayList<>();
        for (SnapshotLinkedRuns.Figures run : linked) {
            pacedRuns.add(run.paced());
            floods.add(run.flood());
            String size = run.pictureBytes() / 1024 + " KB";
            titles.add("linked, " + size + " pictures");
            pictures.addAll(run.pictures());
            pictureTitles.addAll(List.of("paced, " + size, "flood, " + size));
        }
        report.line("");
        report.line("   with print#snapshot linked on every printer (printerLocalIp %s) and a new SnapshotUrl in every"
                + " notification,", SnapshotLinkedRuns.PRINTER_LOCAL_IP);
        report.line("   http://%s:<port>/snapshot/<n>.jpg, answered with image/jpeg by an in-process webcam; %d warm-up"
                + " notifications before each:", SnapshotLinkedRuns.PRINTER_LOCAL_IP, WARM_UP);
        report.row(WIDE, "", titles, title -> title, "");
        report.row(WIDE, "flood: answers p50 / p99 / max", floods, run -> BenchReport.ms(run.answers(), 0.99),
                "target p99 < 10 ms: " + verdicts(floods, run -> run.answers().nanos(0.99) < TEN_MS));
        report.row(WIDE, "paced: answers p50 / p99 / max", pacedRuns, run -> BenchReport.ms(run, 0.99),
                "target p99 < 10 ms: " + verdicts(pacedRuns, run -> run.nanos(0.99) < TEN_MS));
        report.row(WIDE, "flood: inside the servlet p50/p99/max", floods, run -> BenchReport.ms(run.inServlet(), 0.99),
                "");
        report.row(WIDE, "flood: pool task delay p50/p95/max", floods, run -> BenchReport.ms(run.lateness(), 0.95),
                "target p95 < 20 ms: " + verdicts(floods, run -> run.lateness().nanos(0.95) < TWENTY_MS));
        report.row(WIDE, "flood: answered a second", floods, run -> String.format(Locale.ROOT, "%.0f/s", run.rate()),
                "");
        report.row(WIDE, "flood: GC collections, ms; CPU used", floods,
                run -> run.cost().gcCount() + ", " + run.cost().gcMillis() + "; " + run.cost().cores(run.nanos()),
                "(all threads, the servers' too)");
        report.row(WIDE, "flood: lost; answers other than 200", floods, run -> run.lost() + "; " + run.failed(),
                "target 0: " + verdicts(floods, run -> run.lost() == 0 && run.failed() == 0));
        report.line("   snapshots in the linked runs:");
        report.row(PICTURES, "", pictureTitles, title -> title, "");
        report.row(PICTURES, "  new SnapshotUrls sent", pictures, Webcam.Tally::addresses, "");
        report.row(PICTURES, "  fetches that reached the webcam", pictures, Webcam.Tally::fetches, "");
        report.row(PICTURES, "  pictures the webcam sent whole", pictures, Webcam.Tally::answered, "");
        report.row(PICTURES, "  channel updates with a RawType", pictures, Webcam.Tally::updates,
                "(an older picture that arrives after a newer one is dropped)");
        report.row(PICTURES, "  KB per picture shown", pictures,
                tally -> String.format(Locale.ROOT, "%.1f", tally.bytes() / 1024.0 / Math.max(1, tally.updates())), "");
        report.row(PICTURES, "  last picture sent (ms)", pictures,
                tally -> String.format(Locale.ROOT, "%+.1f", tally.lastPicture() / 1e6),
                "(from the run's last answer; negative: before it)");
        report.row(PICTURES, "  last picture shown (ms)", pictures,
                tally -> String.format(Locale.ROOT, "%+.1f", tally.lastUpdate() / 1e6), "");
        report.line("   (PASS/MISS are for reading; the build fails only if the benchmark cannot run)");
    }

    private static <T> String verdicts(List<T> runs, Predicate<T> met) {
        return String.join(" / ", runs.stream().map(run -> BenchReport.verdict(met.test(run))).toList());
    }
}
