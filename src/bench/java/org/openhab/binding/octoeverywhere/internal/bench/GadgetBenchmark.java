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
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.api.GadgetStatus;
import org.openhab.binding.octoeverywhere.internal.connection.AppConnection;
import org.openhab.binding.octoeverywhere.internal.gadget.GadgetPace;
import org.openhab.binding.octoeverywhere.internal.gadget.GadgetWatch;
import org.openhab.binding.octoeverywhere.internal.test.ManualClock;
import org.openhab.binding.octoeverywhere.internal.test.ManualScheduler;
import org.openhab.binding.octoeverywhere.internal.test.RecordingAppConnection;

/**
 * How often the binding asks Gadget, counted over simulated hours on a manual clock. The binding's Gadget watch runs
 * as the handler runs it, with a client whose answers are there at once, so the clock alone decides when it asks.
 * Run by {@code mvn -B -Pbench verify} only; it prints its figures and fails only when it cannot run.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class GadgetBenchmark {
    /** The shortest interval a user can configure, the most often OctoEverywhere allows. */
    private static final Duration MIN_INTERVAL = Duration.ofSeconds(GadgetWatch.MIN_SECONDS);

    private static final Duration REFRESH = Duration.ofMinutes(15);
    private static final Duration HOUR = Duration.ofHours(1);

    private final BenchReport report = new BenchReport();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private int asked;
    private volatile GadgetStatus answer = new GadgetStatus(GadgetStatus.ACTIVE, "Looking Good", "g", 8);

    @Test
    void run() {
        RecordingAppConnection connection = new RecordingAppConnection();

        GadgetWatch withEvents = watch(connection, true);
        withEvents.start(true);
        long idleWithEvents = askedDuring(HOUR);
        withEvents.setPrinting(true);
        withEvents.printStarted();
        long printingWithEvents = askedDuring(HOUR);
        withEvents.setPrinting(false);
        long afterPrint = askedDuring(HOUR);

        // The end of this print is never told (openHAB was down, say): Gadget soon says it watches nothing.
        withEvents.setPrinting(true);
        withEvents.printStarted();
        answer = new GadgetStatus(GadgetStatus.IDLE, null, "w", null);
        askedDuring(HOUR);
        long endNeverTold = askedDuring(HOUR);
        withEvents.stop();
        answer = new GadgetStatus(GadgetStatus.ACTIVE, "Looking Good", "g", 8);

        GadgetWatch withoutEvents = watch(connection, false);
        withoutEvents.start(true);
        long activeWithoutEvents = askedDuring(HOUR);
        answer = new GadgetStatus(GadgetStatus.IDLE, null, "w", null);
        askedDuring(REFRESH);
        long idleWithoutEvents = askedDuring(HOUR);
        withoutEvents.stop();

        report.line("");
        report.line("==== OctoEverywhere binding benchmark: Gadget (mvn -B -Pbench verify) ====");
        report.line(
                "Gadget requests per printer per simulated hour; Gadget interval %d s (the minimum), refresh interval 15 min",
                MIN_INTERVAL.toSeconds());
        report.line("   with print notifications, while printing      %4d   target at most 360: %s", printingWithEvents,
                BenchReport.verdict(printingWithEvents <= 360));
        report.line("   with print notifications, between prints      %4d   target 0: %s", idleWithEvents,
                BenchReport.verdict(idleWithEvents == 0));
        report.line("   the hour in which the print ended             %4d   (one last question when it ends)",
                afterPrint);
        report.line("   an hour later, had its end never been told    %4d   (Gadget idle: every refresh interval)",
                endNeverTold);
        report.line("   without notifications, while Gadget is active %4d", activeWithoutEvents);
        report.line("   without notifications, while Gadget is idle   %4d   (every refresh interval)",
                idleWithoutEvents);
        report.line("   (PASS/MISS are for reading; the build fails only if the benchmark cannot run)");
        report.print();
    }

    private GadgetWatch watch(AppConnection connection, boolean followsPrints) {
        return new GadgetWatch(this::ask, connection, new GadgetPace(clock), scheduler, MIN_INTERVAL, REFRESH,
                followsPrints, status -> {
                }, "bench");
    }

    /** Questions asked from now to just before the end of the duration; a question at its end counts for the next. */
    private long askedDuring(Duration duration) {
        int before = asked;
        scheduler.advance(duration.minusNanos(1));
        int during = asked - before;
        clock.advance(Duration.ofNanos(1));
        return during;
    }

    /** Gadget, answering at once. */
    private CompletableFuture<GadgetStatus> ask() {
        asked++;
        return CompletableFuture.completedFuture(answer);
    }
}
