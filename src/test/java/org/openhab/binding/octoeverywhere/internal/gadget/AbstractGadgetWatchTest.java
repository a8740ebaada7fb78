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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.ApiError;
import org.openhab.binding.octoeverywhere.internal.api.GadgetStatus;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;
import org.openhab.binding.octoeverywhere.internal.test.ManualClock;
import org.openhab.binding.octoeverywhere.internal.test.ManualScheduler;
import org.openhab.binding.octoeverywhere.internal.test.RecordingAppConnection;

/**
 * A Gadget watch counted exactly over simulated hours: the client answers at once, so only the manual clock decides
 * when Gadget is asked.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
abstract class AbstractGadgetWatchTest {
    static final Duration INTERVAL = Duration.ofSeconds(30);
    static final Duration REFRESH = Duration.ofMinutes(15);
    static final GadgetStatus ACTIVE = new GadgetStatus(3, "Looking Good", "g", 8);
    static final GadgetStatus IDLE = new GadgetStatus(2, null, "w", null);

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T08:00:00Z"));
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final RecordingAppConnection connection = new RecordingAppConnection();
    final GadgetPace pace = new GadgetPace(clock);
    /** Counted on the scheduler's thread, read on the test's. */
    private volatile int asked;

    final List<@Nullable GadgetStatus> shown = new ArrayList<>();
    volatile CompletableFuture<GadgetStatus> answer = CompletableFuture.completedFuture(ACTIVE);

    GadgetWatch watch(boolean followsPrints) {
        return new GadgetWatch(this::ask, connection, pace, scheduler, INTERVAL, REFRESH, followsPrints, shown::add,
                "test");
    }

    /** Starts the watch as a thing does during a print whose start the notifications told. */
    static void startPrint(GadgetWatch gadget, boolean linked) {
        gadget.start(linked);
        gadget.setPrinting(true);
        gadget.printStarted();
    }

    /** Gadget, answering at once. */
    CompletableFuture<GadgetStatus> ask() {
        asked++;
        return answer;
    }

    int asked() {
        return asked;
    }

    void answer(GadgetStatus status) {
        answer = CompletableFuture.completedFuture(status);
    }

    void fail(ApiError error, int code) {
        answer = CompletableFuture.failedFuture(new OctoEverywhereException(error, code, "test"));
    }
}
