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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.api.GadgetStatus;

/**
 * How often Gadget is asked: every interval during a print, at most every 10 s, not between prints, at the refresh
 * interval without notifications or when the end of a print is never told, and not while no Gadget channel is linked.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class GadgetWatchPaceTest extends AbstractGadgetWatchTest {
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
}
