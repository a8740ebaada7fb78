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
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.octoeverywhere.internal.api.PrintEvent;
import org.openhab.binding.octoeverywhere.internal.api.WebhookPayload;
import org.openhab.binding.octoeverywhere.internal.printevents.PrintStatus.State;
import org.openhab.binding.octoeverywhere.internal.test.ManualClock;

/**
 * Following a print through its notifications, without a handler.
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

    private static PrintEvent event(int type, @Nullable String printId, String fields) {
        return WebhookPayload.parse(
                        "{\"EventType\":" + type + (printId == null ? "" : ",\"PrintId\":\"" + printId + "\"")
                                + (fields.isEmpty() ? "" : "," + fields) + "}")
                .event();
    }

    @ParameterizedTest
    @CsvSource({
        "1, PRINTING",
        "2, COMPLETE",
        "3, FAILED",
        "4, PAUSED",
        "5, PRINTING",
        "6, PRINTING",
        "7, PRINTING",
        "8, PAUSED",
        "10, PRINTING",
        "14, PRINTING"
    })
    void eachEventThatTellsTheStateSetsIt(int type, State state) {
        tracker.apply(event(type, "p1", ""));
        assertEquals(state, tracker.status().state());
    }

    @ParameterizedTest
    @CsvSource({"9", "11", "12", "13", "15", "99"})
    void otherEventsLeaveTheStateAsItWas(int type) {
        tracker.apply(event(4, "p1", ""));
        tracker.apply(event(type, "p1", ""));
        assertEquals(State.PAUSED, tracker.status().state());
    }

    @Test
    void aLateProgressCannotUndoTheEndOfAPrint() {
        tracker.apply(event(2, "p1", ""));
        tracker.apply(event(6, "p1", "\"Progress\":90"));
        assertEquals(State.COMPLETE, tracker.status().state());
        assertEquals(90, tracker.status().progress());
    }

    @Test
    void fieldsAreMergedAndAMissingFieldKeepsItsValue() {
        tracker.apply(event(1, "p1", "\"FileName\":\"benchy.gcode\",\"TotalLayers\":100"));
        clock.advance(Duration.ofMinutes(10));
        tracker.apply(event(6, "p1", "\"Progress\":10,\"TimeRemainingSec\":5400,\"CurrentLayer\":10"));
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
        tracker.apply(event(3, "p1", "\"FileName\":\"old.gcode\",\"Error\":\"Jam\",\"Progress\":40"));
        tracker.apply(event(1, "p2", "\"FileName\":\"new.gcode\""));
        PrintStatus status = tracker.status();
        assertEquals(State.PRINTING, status.state());
        assertEquals("new.gcode", status.file());
        assertNull(status.progress());
        assertNull(status.lastError());
    }

    @Test
    void aPrintIsNewWhenItStartsOrFollowsAnother() {
        tracker.apply(event(6, "p1", "\"Progress\":40"));
        tracker.apply(event(6, "p1", "\"Progress\":50"));
        tracker.apply(event(1, "p2", ""));
        tracker.apply(event(6, "p2", "\"Progress\":1"));
        tracker.apply(event(6, "p3", "\"Progress\":1"));
        tracker.apply(event(1, "p3", ""));
        tracker.apply(event(1, "p3", ""));
        assertEquals(
                List.of(false, false, true, false, true, true, false),
                newPrints,
                "the first print seen may be the one that ran before openHAB started; a start is a start once");
    }

    @Test
    void aLateEventOfAnEarlierPrintChangesNothing() {
        tracker.apply(event(1, "p1", ""));
        tracker.apply(event(1, "p2", "\"Progress\":5"));
        int shownBefore = shown.size();
        assertEquals(PrintTracker.Outcome.STALE, tracker.apply(event(6, "p1", "\"Progress\":80")));
        assertEquals(5, tracker.status().progress());
        assertEquals(shownBefore, shown.size(), "nothing shown");
        assertEquals(List.of("PRINT_STARTED", "PRINT_STARTED"), events, "no event fired for it");
    }

    @Test
    void aPrintStartsOnceAlsoWhenItsStartArrivesTwice() {
        assertEquals(PrintTracker.Outcome.PRINT_STARTED, tracker.apply(event(1, "p1", "")));
        assertEquals(PrintTracker.Outcome.APPLIED, tracker.apply(event(1, "p1", "")));
        assertEquals(PrintTracker.Outcome.PRINT_STARTED, tracker.apply(event(1, "p2", "")));
        assertEquals(List.of("PRINT_STARTED", "PRINT_STARTED", "PRINT_STARTED"), events, "each is still an event");
    }

    @Test
    void aTestNotificationOnlySaysThatNotificationsArrive() {
        tracker.apply(event(1, "p1", "\"FileName\":\"real.gcode\""));
        clock.advance(Duration.ofMinutes(1));
        tracker.apply(event(16, "test-print", "\"FileName\":\"sample.gcode\",\"Progress\":50"));
        PrintStatus status = tracker.status();
        assertEquals("real.gcode", status.file());
        assertNull(status.progress());
        assertEquals(START.plus(Duration.ofMinutes(1)), status.lastEvent());
        assertEquals("TEST", events.get(1));
    }

    @Test
    void theErrorShowsItsTextAndCode() {
        tracker.apply(event(9, "p1", "\"Error\":\"Heater failed\",\"PlatformErrorCode\":\"E7\""));
        assertEquals("Heater failed (E7)", tracker.status().lastError());
        tracker.apply(event(12, "p1", "\"PlatformErrorCode\":\"M600\""));
        assertEquals("M600", tracker.status().lastError());
    }

    @Test
    void earlierPrintsAreRememberedWithinALimit() {
        for (int i = 0; i <= PrintTracker.EARLIER_PRINTS + 1; i++) {
            tracker.apply(event(1, "p" + i, ""));
        }
        assertEquals(PrintTracker.Outcome.STALE, tracker.apply(event(6, "p2", "")));
        assertNotEquals(PrintTracker.Outcome.STALE, tracker.apply(event(6, "p0", "")), "forgotten: taken as new");
    }
}
