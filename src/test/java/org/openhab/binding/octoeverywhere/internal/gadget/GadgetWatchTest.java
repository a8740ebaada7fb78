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
package org.openhab.binding.octoeverywhere.internal.gadget;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.api.ApiError;
import org.openhab.binding.octoeverywhere.internal.api.GadgetStatus;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;
import org.openhab.binding.octoeverywhere.internal.connection.CallRefusedException;
import org.openhab.binding.octoeverywhere.internal.test.ManualClock;
import org.openhab.binding.octoeverywhere.internal.test.ManualScheduler;
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;
import org.openhab.binding.octoeverywhere.internal.test.RecordingAppConnection;

/**
 * When Gadget is asked, counted exactly over simulated hours: the client answers at once, so only the manual clock
 * decides.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class GadgetWatchTest {
    private static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final Duration REFRESH = Duration.ofMinutes(15);
    private static final GadgetStatus ACTIVE = new GadgetStatus(3, "Looking Good", "g", 8);
    private static final GadgetStatus IDLE = new GadgetStatus(2, null, "w", null);

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final RecordingAppConnection connection = new RecordingAppConnection();
    private final GadgetPace pace = new GadgetPace(clock);
    /** Counted on the scheduler's thread, read on the test's. */
    private volatile int asked;

    private final List<@Nullable GadgetStatus> shown = new ArrayList<>();
    private volatile CompletableFuture<GadgetStatus> answer = CompletableFuture.completedFuture(ACTIVE);

    GadgetWatchTest() {
    }

    private GadgetWatch watch(boolean followsPrints) {
        return new GadgetWatch(this::ask, connection, pace, scheduler, INTERVAL, REFRESH, followsPrints, shown::add,
                "test");
    }

    /** Starts the watch as a thing does during a print whose start the notifications told. */
    private static void startPrint(GadgetWatch gadget, boolean linked) {
        gadget.start(linked);
        gadget.setPrinting(true);
        gadget.printStarted();
    }

    /** Gadget, answering at once. */
    private CompletableFuture<GadgetStatus> ask() {
        asked++;
        return answer;
    }

    private int asked() {
        return asked;
    }

    private void answer(GadgetStatus status) {
        answer = CompletableFuture.completedFuture(status);
    }

    private void fail(ApiError error, int code) {
        answer = CompletableFuture.failedFuture(new OctoEverywhereException(error, code, "test"));
    }

    @Test
    void whilePrintingItAsksEveryIntervalAnd120TimesAnHour() {
        GadgetWatch gadget = watch(true);
        startPrint(gadget, true);
        scheduler.advance(Duration.ofHours(1).minusMillis(1));
        assertEquals(120, asked());
        assertEquals(ACTIVE, shown.get(shown.size() - 1));
    }

    @Test
    void atTheMinimumIntervalItAsksAtMost360TimesAnHour() {
        GadgetWatch gadget = new GadgetWatch(this::ask, connection, pace, scheduler, Duration.ofSeconds(1), REFRESH,
                true, shown::add, "test");
        startPrint(gadget, true);
        scheduler.advance(Duration.ofHours(1).minusMillis(1));
        assertEquals(360, asked(), "10 s at least, whatever the configuration says");
    }

    @Test
    void betweenPrintsItDoesNotAskAtAll() {
        GadgetWatch gadget = watch(true);
        gadget.start(true);
        scheduler.advance(Duration.ofHours(5));
        assertEquals(0, asked());
        assertEquals(0, scheduler.pendingCount());
    }

    @Test
    void aPauseOrTheEndStopsItAfterOneLastQuestion() {
        GadgetWatch gadget = watch(true);
        startPrint(gadget, true);
        scheduler.advance(Duration.ofSeconds(95));
        assertEquals(4, asked(), "at 0, 30, 60, 90 s");
        answer(new GadgetStatus(4, null, "r", 2));
        gadget.setPrinting(false);
        scheduler.advance(Duration.ofHours(1));
        assertEquals(5, asked(), "once more, no sooner than 10 s after the last, then no more");
        assertEquals(new GadgetStatus(4, null, "r", 2), shown.get(shown.size() - 1), "how Gadget ended");

        answer(ACTIVE);
        gadget.setPrinting(true);
        scheduler.advance(Duration.ofSeconds(35));
        assertEquals(7, asked(), "resumed: at once, then every interval");
    }

    @Test
    void withoutNotificationsItAsksEveryRefreshIntervalAndEveryIntervalWhileGadgetIsActive() {
        answer(IDLE);
        GadgetWatch gadget = watch(false);
        gadget.start(true);
        scheduler.advance(Duration.ofHours(1).minusMillis(1));
        assertEquals(4, asked(), "at 0, 15, 30, 45 min");

        answer(ACTIVE);
        scheduler.advance(Duration.ofMinutes(15));
        int whenActive = asked();
        scheduler.advance(Duration.ofMinutes(10));
        assertEquals(whenActive + 20, asked(), "every 30 s while active");

        answer(IDLE);
        scheduler.advance(Duration.ofSeconds(30));
        int whenIdle = asked();
        scheduler.advance(Duration.ofMinutes(14));
        assertEquals(whenIdle, asked(), "back to the refresh interval");
    }

    @Test
    void nothingIsAskedWhileNoGadgetChannelIsLinked() {
        GadgetWatch gadget = watch(true);
        startPrint(gadget, false);
        scheduler.advance(Duration.ofHours(1));
        assertEquals(0, asked());

        gadget.setLinked(true);
        scheduler.runDue();
        assertEquals(1, asked(), "asked once someone can see the answer");
        gadget.setLinked(false);
        scheduler.advance(Duration.ofHours(1));
        assertEquals(1, asked());
    }

    @ParameterizedTest
    @ValueSource(ints = { 603, 604, 606 })
    void aDeadTokenEndsTheAppConnectionAndEveryQuestion(int code) {
        fail(ApiError.TOKEN_INVALID, code);
        GadgetWatch gadget = watch(true);
        startPrint(gadget, true);
        scheduler.runDue();
        CallRefusedException refusal = connection.refusal();
        assertNotNull(refusal, "the connection watch heard of it");
        assertEquals(code, refusal.statusCode());
        assertNull(shown.get(0));
        scheduler.advance(Duration.ofHours(1));
        gadget.setPrinting(false);
        gadget.setPrinting(true);
        gadget.setLinked(false);
        gadget.setLinked(true);
        scheduler.advance(Duration.ofHours(1));
        assertEquals(1, asked());
    }

    @ParameterizedTest
    @ValueSource(ints = { 601, 602, 610, 611 })
    void whenGadgetCannotTellItsChannelsAreUndefUntilTheNextAnswer(int code) {
        fail(code < 610 ? ApiError.PRINTER_OFFLINE : ApiError.SERVER_ERROR, code);
        GadgetWatch gadget = watch(true);
        startPrint(gadget, true);
        scheduler.runDue();
        assertEquals(1, shown.size());
        assertNull(shown.get(0));
        assertNull(connection.refusal());
        assertEquals(List.of(INTERVAL), scheduler.pendingDelays(), "asked again at the usual pace");

        answer(ACTIVE);
        scheduler.advance(INTERVAL);
        assertEquals(ACTIVE, shown.get(1));
    }

    @Test
    void otherFailuresBackOffLikeTheStatusCheckAndKeepTheChannels() {
        GadgetWatch gadget = watch(true);
        startPrint(gadget, true);
        scheduler.runDue();
        fail(ApiError.SERVER_ERROR, 500);
        scheduler.advance(INTERVAL);
        assertEquals(List.of(Duration.ofSeconds(30)), scheduler.pendingDelays());
        scheduler.advance(Duration.ofSeconds(30));
        assertEquals(List.of(Duration.ofSeconds(60)), scheduler.pendingDelays());
        scheduler.advance(Duration.ofSeconds(60));
        assertEquals(List.of(Duration.ofSeconds(120)), scheduler.pendingDelays());
        assertEquals(List.of(ACTIVE), shown, "the last answer stays");
        assertNull(connection.refusal());
    }

    @Test
    void aStoppedWatchAsksAndShowsNothing() {
        GadgetWatch gadget = watch(true);
        startPrint(gadget, true);
        scheduler.runDue();
        gadget.stop();
        gadget.setPrinting(false);
        gadget.setPrinting(true);
        gadget.republish();
        scheduler.advance(Duration.ofHours(1));
        assertEquals(1, asked());
        assertEquals(1, shown.size());
    }

    @Test
    void whenTheEndOfAPrintIsNeverToldItGoesOnOnlyAtTheRefreshInterval() {
        answer(IDLE);
        GadgetWatch gadget = watch(true);
        startPrint(gadget, true);
        scheduler.advance(GadgetPace.START_GRACE.minusMillis(1));
        assertEquals(20, asked(), "every interval while Gadget gets going");

        scheduler.advance(Duration.ofHours(1));
        assertEquals(24, asked(), "Gadget watches no print: every refresh interval");

        answer(ACTIVE);
        scheduler.advance(REFRESH);
        int whenActive = asked();
        scheduler.advance(Duration.ofMinutes(5));
        assertEquals(whenActive + 10, asked(), "active again: every interval");
    }

    @Test
    void aNewPrintStartIsFollowedClosely() {
        answer(IDLE);
        GadgetWatch gadget = watch(true);
        startPrint(gadget, true);
        scheduler.advance(Duration.ofHours(1));
        int before = asked();
        gadget.printStarted();
        scheduler.advance(Duration.ofMinutes(5).minusMillis(1));
        assertEquals(before + 10, asked(), "at once, then every interval, though no end was told in between");
    }

    @Test
    void thePrintsEndWhileAQuestionIsUnderWayIsAskedAboutOnceItIsAnswered() {
        CompletableFuture<GadgetStatus> underWay = new CompletableFuture<>();
        answer = underWay;
        GadgetWatch gadget = watch(true);
        startPrint(gadget, true);
        scheduler.runDue();
        gadget.setPrinting(false);
        answer(IDLE);
        underWay.complete(ACTIVE);
        assertEquals(List.of(Duration.ofSeconds(GadgetWatch.MIN_SECONDS)), scheduler.pendingDelays());
        scheduler.advance(Duration.ofHours(1));
        assertEquals(2, asked(), "the last question is not skipped, and is the last");
        assertEquals(IDLE, shown.get(shown.size() - 1));
    }

    @Test
    void aNewWatchOfTheSameThingKeepsTheLimit() {
        GadgetWatch first = watch(true);
        startPrint(first, true);
        scheduler.runDue();
        first.stop();
        clock.advance(Duration.ofSeconds(4));

        GadgetWatch second = watch(true);
        startPrint(second, true);
        assertEquals(List.of(Duration.ofSeconds(6)), scheduler.pendingDelays(), "10 s after the first watch asked");
        scheduler.advance(Duration.ofSeconds(6));
        assertEquals(2, asked());
    }

    @Test
    void aJobReplacedWhileItWaitedForTheLockAsksNothing() throws Exception {
        List<Thread> workers = new CopyOnWriteArrayList<>();
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "gadget-test");
            workers.add(thread);
            return thread;
        });
        pool.setRemoveOnCancelPolicy(true);
        try {
            GadgetWatch gadget = new GadgetWatch(this::ask, connection, pace, pool, INTERVAL, REFRESH, true, shown::add,
                    "test");
            synchronized (gadget) {
                startPrint(gadget, true);
                PrinterFixture.await(() -> !workers.isEmpty() && workers.get(0).getState() == Thread.State.BLOCKED,
                        () -> "the first question waiting for the lock");
                // The print ends: the job waiting is replaced by the one last question.
                gadget.setPrinting(false);
            }
            PrinterFixture.await(() -> pool.getCompletedTaskCount() == 2, () -> "both jobs run");
            assertEquals(1, asked(), "the last question, once");
            assertEquals(List.of(), List.copyOf(pool.getQueue()), "nothing put off to ask again later");
        } finally {
            pool.shutdownNow();
        }
    }
}
