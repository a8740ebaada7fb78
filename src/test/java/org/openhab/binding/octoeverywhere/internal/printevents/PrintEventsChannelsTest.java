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
import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.UnDefType;

/**
 * What each print event shows on the printer thing: its trigger and print state, the fields of the notification on
 * their channels, and which channels a new print, a restart of openHAB or a late notification leaves alone.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PrintEventsChannelsTest extends AbstractPrintEventsTest {
    private static final String QUICK_VIEW = "https://octoeverywhere.com/quickview/abcdef123456";

    @ParameterizedTest
    @CsvSource({ "1, PRINT_STARTED, PRINTING", "2, PRINT_COMPLETE, COMPLETE", "3, PRINT_FAILED, FAILED",
            "4, PRINT_PAUSED, PAUSED", "5, PRINT_RESUMED, PRINTING", "6, PRINT_PROGRESS, PRINTING",
            "7, GADGET_WARNING, PRINTING", "8, GADGET_PAUSED, PAUSED", "9, ERROR, ",
            "10, FIRST_LAYER_COMPLETE, PRINTING", "11, FILAMENT_CHANGE, ", "12, USER_INTERACTION, ",
            "13, NOTIFICATION_LIMIT, ", "14, THIRD_LAYER_COMPLETE, PRINTING", "15, BED_COOLDOWN_COMPLETE, ",
            "16, TEST, ", "42, EVENT_42, " })
    void everyEventTypeFiresItsTriggerAndSetsTheState(int type, String trigger, @Nullable String state)
            throws Exception {
        startPrinter();
        assertEquals(200, post(event(type).printId("p1")));
        assertEquals(List.of(CHANNEL_PRINT_EVENT + ":" + trigger), fixture.events);
        assertEquals(state == null ? null : new StringType(state), fixture.state(CHANNEL_PRINT_STATE),
                trigger + ": a state not known is left as openHAB has it");
        assertInstanceOf(DateTimeType.class, fixture.state(CHANNEL_LAST_EVENT));
    }

    @Test
    void theFieldsOfANotificationReachTheirChannels() throws Exception {
        startPrinter();
        assertEquals(200,
                post(event(6).printId("p1").printerId("id-mk4").with("FileName", "benchy.gcode").with("Progress", 21)
                        .with("DurationSec", 600).with("TimeRemainingSec", 3000).with("CurrentLayer", 12)
                        .with("TotalLayers", 120).with("ZOffsetMM", 0.25)
                        .with("SnapshotUrl", "https://octoeverywhere.com/snap/1.jpg").with("QuickViewUrl", QUICK_VIEW)
                        .with("Error", "Thermal runaway").with("PlatformErrorCode", "E33")));
        assertEquals(new QuantityType<>("21 %"), fixture.state(CHANNEL_PRINT_PROGRESS));
        assertEquals(new StringType("benchy.gcode"), fixture.state(CHANNEL_PRINT_FILE));
        assertEquals(new QuantityType<>("600 s"), fixture.state(CHANNEL_PRINT_DURATION));
        assertEquals(new QuantityType<>("3000 s"), fixture.state(CHANNEL_PRINT_TIME_REMAINING));
        assertEquals(new DateTimeType(PrinterFixture.START.plusSeconds(3000)), fixture.state(CHANNEL_PRINT_ETA));
        assertEquals(new DecimalType(12), fixture.state(CHANNEL_CURRENT_LAYER));
        assertEquals(new DecimalType(120), fixture.state(CHANNEL_TOTAL_LAYERS));
        assertEquals(new QuantityType<>("0.25 mm"), fixture.state(CHANNEL_Z_OFFSET));
        assertEquals(new StringType("https://octoeverywhere.com/snap/1.jpg"), fixture.state(CHANNEL_SNAPSHOT_URL));
        assertEquals(new StringType(QUICK_VIEW), fixture.state(CHANNEL_QUICK_VIEW_URL));
        assertEquals(new StringType("Thermal runaway (E33)"), fixture.state(CHANNEL_LAST_ERROR));
        assertEquals(new DateTimeType(PrinterFixture.START), fixture.state(CHANNEL_LAST_EVENT));

        assertNull(fixture.properties.get(PROPERTY_PRINTER_ID), "written on the scheduler");
        fixture.scheduler.runDue();
        assertEquals("id-mk4", fixture.properties.get(PROPERTY_PRINTER_ID));
        assertEquals(PrinterFixture.WEBHOOK_URL, fixture.properties.get(PROPERTY_WEBHOOK_URL));
    }

    @Test
    void aMissingFieldLeavesItsChannelAndANewPrintClearsThem() throws Exception {
        startPrinter();
        post(event(1).printId("p1").with("FileName", "a.gcode").with("TotalLayers", 50));
        post(event(6).printId("p1").with("Progress", 30));
        assertEquals(new StringType("a.gcode"), fixture.state(CHANNEL_PRINT_FILE));
        assertEquals(new DecimalType(50), fixture.state(CHANNEL_TOTAL_LAYERS));

        post(event(1).printId("p2").with("FileName", "b.gcode"));
        assertEquals(new StringType("b.gcode"), fixture.state(CHANNEL_PRINT_FILE));
        assertEquals(UnDefType.UNDEF, fixture.state(CHANNEL_TOTAL_LAYERS));
        assertEquals(UnDefType.UNDEF, fixture.state(CHANNEL_PRINT_PROGRESS));
    }

    @Test
    void afterARestartTheFirstNotificationsLeaveWhatTheyDoNotTellAsOpenHabRestoredIt() throws Exception {
        startPrinter();
        fixture.states.clear();
        post(event(16).printId("test").with("FileName", "sample.gcode"));
        post(event(6).printId("p1").with("Progress", 40));
        assertEquals(new QuantityType<>("40 %"), fixture.state(CHANNEL_PRINT_PROGRESS));
        assertEquals(new StringType("PRINTING"), fixture.state(CHANNEL_PRINT_STATE));
        assertTrue(fixture.states.values().stream().noneMatch(UnDefType.UNDEF::equals),
                "no channel is cleared by the print that may have run before openHAB started: " + fixture.states);

        post(event(1).printId("p1").with("FileName", "b.gcode"));
        assertEquals(UnDefType.UNDEF, fixture.state(CHANNEL_TOTAL_LAYERS),
                "a start: whatever openHAB restored belongs to an earlier print");
        assertEquals(new QuantityType<>("40 %"), fixture.state(CHANNEL_PRINT_PROGRESS), "known for this print");
    }

    @Test
    void onlyChannelsWhoseStateChangedAreUpdated() throws Exception {
        startPrinter();
        post(event(1).printId("p1").with("FileName", "a.gcode").with("TotalLayers", 50));
        fixture.states.clear();
        fixture.clock.advance(Duration.ofMinutes(6));
        post(event(6).printId("p1").with("Progress", 10).with("FileName", "a.gcode"));
        assertEquals(java.util.Set.of(CHANNEL_PRINT_PROGRESS, CHANNEL_LAST_EVENT), fixture.states.keySet(),
                "file, layers and state are as they were");
    }

    @Test
    void aRefreshShowsWhatIsKnownAndLeavesTheRest() throws Exception {
        startPrinter();
        post(event(6).printId("p1").with("Progress", 10));
        fixture.states.clear();
        fixture.refresh(CHANNEL_PRINT_PROGRESS);
        assertEquals(new QuantityType<>("10 %"), fixture.state(CHANNEL_PRINT_PROGRESS));
        assertNull(fixture.state(CHANNEL_PRINT_FILE), "unknown: left as openHAB has it, not UNDEF");
    }

    @Test
    void aLateProgressOfAnEarlierPrintDoesNotOverwriteTheNewPrint() throws Exception {
        startPrinter();
        post(event(1).printId("p1"));
        post(event(1).printId("p2").with("Progress", 5));
        fixture.events.clear();
        assertEquals(200, post(event(6).printId("p1").with("Progress", 80)));
        assertEquals(new QuantityType<>("5 %"), fixture.state(CHANNEL_PRINT_PROGRESS));
        assertEquals(List.of(), fixture.events);
    }

    @Test
    void theProgressRunsFromTheFirstToTheLastPercent() throws Exception {
        startPrinter();
        post(event(1).printId("p1").with("Progress", 0));
        assertEquals(new QuantityType<>("0 %"), fixture.state(CHANNEL_PRINT_PROGRESS), "a print that just started");
        post(event(6).printId("p1").with("Progress", 90));
        post(event(2).printId("p1").with("Progress", 100));
        assertEquals(new QuantityType<>("100 %"), fixture.state(CHANNEL_PRINT_PROGRESS),
                "a complete print, not stuck at the last progress notification");
    }
}
