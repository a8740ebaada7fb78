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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.api.GadgetStatus;
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;

/**
 * Where one question, job or watch hands over to the next: a stopped watch, a print that ends while a question is
 * under way, a new watch of the same thing, a job replaced while it waited for the lock. Nothing is asked twice or
 * sooner than the limit allows.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class GadgetWatchHandoverTest extends AbstractGadgetWatchTest {
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
