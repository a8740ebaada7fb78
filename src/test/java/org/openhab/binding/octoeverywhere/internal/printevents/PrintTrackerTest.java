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
package org.openhab.binding.octoeverywhere.internal.printevents;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.octoeverywhere.internal.printevents.PrintStatus.State;
import org.openhab.binding.octoeverywhere.internal.test.ManualClock;
import org.openhab.binding.octoeverywhere.internal.test.Notification;

/**
 * Following a print through its notifications, without a handler.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PrintTrackerTest {
    private static final Instant START = Instant.parse("2026-11-30T08:00:00Z");

    private final ManualClock clock = new ManualClock(START);
    private final List<PrintStatus> shown = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final List<Boolean> newPrints = new ArrayList<>();
    private final PrintTracker tracker = new PrintTracker(clock, new PrintTracker.Listener() {
        @Override
        public void printChanged(PrintStatus status, boolean newPrint) {
            shown.add(status);
            newPrints.add(newPrint);
        }

        @Override
        public void eventReceived(String name) {
            events.add(name);
        }

        @Override
        public void printRefreshed(PrintStatus status) {
            shown.add(status);
        }
    });

    /** A notification of this event type about this print. */
    private static Notification event(int type, String printId) {
        return Notification.of(type).printId(printId);
    }

    @ParameterizedTest
    @CsvSource({ "1, PRINTING", "2, COMPLETE", "3, FAILED", "4, PAUSED", "5, PRINTING", "6, PRINTING", "7, PRINTING",
            "8, PAUSED", "10, PRINTING", "14, PRINTING" })
    void eachEventThatTellsTheStateSetsIt(int type, State state) {
        tracker.apply(event(type, "p1").event());
        assertEquals(state, tracker.status().state());
    }

    @ParameterizedTest
    @CsvSource({ "9", "11", "12", "13", "15", "99" })
    void otherEventsLeaveTheStateAsItWas(int type) {
        tracker.apply(event(4, "p1").event());
        tracker.apply(event(type, "p1").event());
        assertEquals(State.PAUSED, tracker.status().state());
    }

    @Test
    void aLateProgressCannotUndoTheEndOfAPrint() {
        tracker.apply(event(2, "p1").event());
        tracker.apply(event(6, "p1").with("Progress", 90).event());
        assertEquals(State.COMPLETE, tracker.status().state());
        assertEquals(90, tracker.status().progress());
    }

    @Test
    void fieldsAreMergedAndAMissingFieldKeepsItsValue() {
        tracker.apply(event(1, "p1").with("FileName", "benchy.gcode").with("TotalLayers", 100).event());
        clock.advance(Duration.ofMinutes(10));
        tracker.apply(
                event(6, "p1").with("Progress", 10).with("TimeRemainingSec", 5400).with("CurrentLayer", 10).event());
        PrintStatus status = tracker.status();
        assertEquals("benchy.gcode", status.file());
        assertEquals(100, status.totalLayers());
        assertEquals(10, status.currentLayer());
        assertEquals(5400, status.timeRemainingSec());
        assertEquals(START.plus(Duration.ofMinutes(10)).plusSeconds(5400), status.eta());
        assertEquals(START.plus(Duration.ofMinutes(10)), status.lastEvent());
        assertEquals(List.of("PRINT_STARTED", "PRINT_PROGRESS"), events);
    }

    @Test
    void aNewPrintClearsThePreviousPrintsValues() {
        tracker.apply(event(3, "p1").with("FileName", "old.gcode").with("Error", "Jam").with("Progress", 40).event());
        tracker.apply(event(1, "p2").with("FileName", "new.gcode").event());
        PrintStatus status = tracker.status();
        assertEquals(State.PRINTING, status.state());
        assertEquals("new.gcode", status.file());
        assertNull(status.progress());
        assertNull(status.lastError());
    }

    @Test
    void aPrintIsNewWhenItStartsOrFollowsAnother() {
        tracker.apply(event(6, "p1").with("Progress", 40).event());
        tracker.apply(event(6, "p1").with("Progress", 50).event());
        tracker.apply(event(1, "p2").event());
        tracker.apply(event(6, "p2").with("Progress", 1).event());
        tracker.apply(event(6, "p3").with("Progress", 1).event());
        tracker.apply(event(1, "p3").event());
        tracker.apply(event(1, "p3").event());
        assertEquals(List.of(false, false, true, false, true, true, false), newPrints,
                "the first print seen may be the one that ran before openHAB started; a start is a start once");
    }

    @Test
    void aLateEventOfAnEarlierPrintChangesNothing() {
        tracker.apply(event(1, "p1").event());
        tracker.apply(event(1, "p2").with("Progress", 5).event());
        int shownBefore = shown.size();
        assertEquals(PrintTracker.Outcome.STALE, tracker.apply(event(6, "p1").with("Progress", 80).event()));
        assertEquals(5, tracker.status().progress());
        assertEquals(shownBefore, shown.size(), "nothing shown");
        assertEquals(List.of("PRINT_STARTED", "PRINT_STARTED"), events, "no event fired for it");
    }

    @Test
    void aPrintStartsOnceAlsoWhenItsStartArrivesTwice() {
        assertEquals(PrintTracker.Outcome.PRINT_STARTED, tracker.apply(event(1, "p1").event()));
        assertEquals(PrintTracker.Outcome.APPLIED, tracker.apply(event(1, "p1").event()));
        assertEquals(PrintTracker.Outcome.PRINT_STARTED, tracker.apply(event(1, "p2").event()));
        assertEquals(List.of("PRINT_STARTED", "PRINT_STARTED", "PRINT_STARTED"), events, "each is still an event");
    }

    @Test
    void aTestNotificationOnlySaysThatNotificationsArrive() {
        tracker.apply(event(1, "p1").with("FileName", "real.gcode").event());
        clock.advance(Duration.ofMinutes(1));
        tracker.apply(event(16, "test-print").with("FileName", "sample.gcode").with("Progress", 50).event());
        PrintStatus status = tracker.status();
        assertEquals("real.gcode", status.file());
        assertNull(status.progress());
        assertEquals(START.plus(Duration.ofMinutes(1)), status.lastEvent());
        assertEquals("TEST", events.get(1));
    }

    @Test
    void theErrorShowsItsTextAndCode() {
        tracker.apply(event(9, "p1").with("Error", "Heater failed").with("PlatformErrorCode", "E7").event());
        assertEquals("Heater failed (E7)", tracker.status().lastError());
        tracker.apply(event(12, "p1").with("PlatformErrorCode", "M600").event());
        assertEquals("M600", tracker.status().lastError());
    }

    @Test
    void earlierPrintsAreRememberedWithinALimit() {
        for (int i = 0; i <= PrintTracker.EARLIER_PRINTS + 1; i++) {
            tracker.apply(event(1, "p" + i).event());
        }
        assertEquals(PrintTracker.Outcome.STALE, tracker.apply(event(6, "p2").event()));
        assertNotEquals(PrintTracker.Outcome.STALE, tracker.apply(event(6, "p0").event()), "forgotten: taken as new");
    }
}
