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
import static org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.servlet.Servlet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterHandler;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterRegistry;
import org.openhab.binding.octoeverywhere.internal.test.AbstractWebhookTest;
import org.openhab.binding.octoeverywhere.internal.test.Notification;
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;
import org.openhab.binding.octoeverywhere.internal.test.ScriptedResponse;
import org.openhab.binding.octoeverywhere.internal.webhook.WebhookServlet;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.UnDefType;

/**
 * Print events end to end: notifications posted over real HTTP to the webhook servlet in an in-process Jetty, routed
 * to printer handlers, shown on their channels.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PrintEventsTest extends AbstractWebhookTest {
    @Override
    protected Servlet createWebhook(PrinterRegistry printers) {
        return new WebhookServlet(printers);
    }

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
    void aThingWithoutASecretTakesNoNotifications() throws Exception {
        startPrinter(fixture, "", Map.of());
        assertEquals(403, post(Notification.of(1).secret("")));
        assertEquals(List.of(), fixture.events);
    }

    @Test
    void twoPrintersWithTheirOwnSecretsGetTheirOwnEvents() throws Exception {
        try (PrinterFixture voron = new PrinterFixture("voron")) {
            startPrinter();
            startPrinter(voron, "voron-secret-0123456789", Map.of());
            assertEquals(200, post(event(3).printId("m1")));
            assertEquals(200, post(Notification.of(1).secret("voron-secret-0123456789").printId("v1")));
            assertEquals(List.of(CHANNEL_PRINT_EVENT + ":PRINT_FAILED"), fixture.events);
            assertEquals(List.of(CHANNEL_PRINT_EVENT + ":PRINT_STARTED"), voron.events);
            assertEquals(new StringType("FAILED"), fixture.state(CHANNEL_PRINT_STATE));
            assertEquals(new StringType("PRINTING"), voron.state(CHANNEL_PRINT_STATE));
        }
    }

    @Test
    void twoPrintersSharingASecretAreToldApartByPrinterId() throws Exception {
        try (PrinterFixture voron = new PrinterFixture("voron")) {
            fixture.properties.put(PROPERTY_PRINTER_ID, "id-mk4");
            voron.properties.put(PROPERTY_PRINTER_ID, "id-voron");
            startPrinter();
            startPrinter(voron, SECRET, Map.of());
            assertEquals(200, post(event(1).printerId("id-voron").printId("v1")));
            assertEquals(200, post(event(3).printerId("id-mk4").printId("m1")));
            assertEquals(List.of(CHANNEL_PRINT_EVENT + ":PRINT_STARTED"), voron.events);
            assertEquals(List.of(CHANNEL_PRINT_EVENT + ":PRINT_FAILED"), fixture.events);

            // Authentic, but of a third printer: answered 200 so OctoEverywhere keeps the webhook, shown nowhere.
            assertEquals(200, post(event(2).printerId("id-other").printerName("Other")));
            assertEquals(1, voron.events.size());
            assertEquals(1, fixture.events.size());
        }
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

    @Test
    void twoPrintersSharingASecretAreToldApartByTheNamesOctoEverywhereGaveThemUntilTheirIdsAreKnown() throws Exception {
        try (PrinterFixture voron = new PrinterFixture("voron")) {
            voron.server.respond(INFO_PATH, 200, "{\"PrinterName\":\"Voron\",\"IsOnline\":true}");
            startPrinter();
            startPrinter(voron, SECRET, Map.of());
            assertEquals("Voron", voron.properties.get(PROPERTY_PRINTER_NAME));

            assertEquals(200, post(event(1).printerId("id-voron").printerName("Voron").printId("v1")));
            assertEquals(200, post(event(3).printerId("id-mk4").printerName(PRINTER_NAME).printId("m1")));
            assertEquals(List.of(CHANNEL_PRINT_EVENT + ":PRINT_STARTED"), voron.events);
            assertEquals(List.of(CHANNEL_PRINT_EVENT + ":PRINT_FAILED"), fixture.events);
            voron.scheduler.runDue();
            assertEquals("id-voron", voron.properties.get(PROPERTY_PRINTER_ID), "learnt from its first notification");
        }
    }

    @Test
    void aDuplicatePrintStartCreatesExactlyOneLiveLink() throws Exception {
        startPrinter(fixture, SECRET, Map.of("liveLinkOnPrintStart", true));
        fixture.server.respond(LIVE_LINK_PATH,
                ScriptedResponse.json(200, "{\"LiveId\":\"l1\",\"Url\":\"https://octoeverywhere.com/live/l1\"}")
                        .withDelay(Duration.ofMillis(300)));
        assertEquals(200, post(event(1).printId("p1")));
        assertEquals(200, post(event(1).printId("p1")));
        // Every request under way has its timeout pending: one link request, and the next status check.
        assertEquals(List.of(PrinterHandler.REQUEST_TIMEOUT, Duration.ofMinutes(15)),
                fixture.scheduler.pendingDelays());

        fixture.awaitEvent(EVENT_CREATED);
        fixture.awaitRequests(LIVE_LINK_PATH, 1);
        assertEquals(1, fixture.server.requestCount(LIVE_LINK_PATH));
        assertTrue(fixture.server.requests().stream().filter(r -> LIVE_LINK_PATH.equals(r.path()))
                .allMatch(r -> r.json().get("EndWhenCurrentPrintIsComplete").getAsBoolean()));
        assertEquals(new StringType("https://octoeverywhere.com/live/l1"), fixture.state(CHANNEL_URL));
    }

    @Test
    void withoutTheOptionAPrintStartCreatesNoLink() throws Exception {
        startPrinter();
        assertEquals(200, post(event(1).printId("p1")));
        assertEquals(List.of(Duration.ofMinutes(15)), fixture.scheduler.pendingDelays(), "no request under way");
    }

    @Test
    void aThingTakesNotificationsWhileItsConfigurationChanges() throws Exception {
        startPrinter();
        fixture.handler().dispose();
        assertEquals(200, post(event(1).printId("p1")), "a 403 counts towards disabling the webhook");
        fixture.reconfigure("expirationHours", 2);
        assertEquals(200, post(event(2).printId("p1")));
        assertEquals(new StringType("COMPLETE"), fixture.state(CHANNEL_PRINT_STATE));
    }

    @Test
    void aThingWithAConfigurationProblemStillTakesNotifications() throws Exception {
        fixture.start(Map.of("webhookSecret", SECRET, "appToken", "not a token"));
        registry.add(fixture.handler());
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, fixture.status().getStatusDetail());
        assertEquals(200, post(event(3).printId("p1")));
        assertEquals(new StringType("FAILED"), fixture.state(CHANNEL_PRINT_STATE));
    }

    @Test
    void aThingOpenHabDoesNotStartForItsConfigurationStillTakesNotifications() throws Exception {
        fixture.create(new java.util.HashMap<>(Map.of("webhookSecret", SECRET, "gadgetInterval", 5)));
        registry.add(fixture.handler());
        assertEquals(200, post(event(1).printId("p1")), "never initialized, as in openHAB");
        assertEquals(new StringType("PRINTING"), fixture.state(CHANNEL_PRINT_STATE));
    }

    @Test
    void aRemovedThingTakesNoMoreNotifications() throws Exception {
        startPrinter();
        fixture.remove();
        assertEquals(403, post(event(1)));
    }

    @Test
    void thePrinterIdLearntStaysWhileTheThingIsReconfigured() throws Exception {
        startPrinter();
        assertEquals(200, post(event(1).printerId("id-mk4").printId("m1")));
        fixture.reconfigure("expirationHours", 2);
        assertNull(fixture.properties.get(PROPERTY_PRINTER_ID), "not written yet");
        assertEquals(200, post(event(3).printerId("id-other").printId("o1")));
        assertEquals(List.of(CHANNEL_PRINT_EVENT + ":PRINT_STARTED"), fixture.events, "another printer's failure");
        fixture.scheduler.runDue();
        assertEquals("id-mk4", fixture.properties.get(PROPERTY_PRINTER_ID), "written after all");
    }

    @ParameterizedTest
    @ValueSource(strings = { "short", "fifteen-chars-x", "  fifteen-chars-x  " })
    void aSecretShorterThanSixteenCharactersIsAConfigurationErrorAndTakesNothing(String secret) throws Exception {
        fixture.start(Map.of("webhookSecret", secret));
        registry.add(fixture.handler());
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.webhook-secret"), fixture.status());
        assertEquals(403, post(Notification.of(1).secret(secret.strip())));
        assertEquals(List.of(), fixture.events);
    }

    @Test
    void aNewTokenMakesTheThingFollowItsNewPrinterAndNotTheOldOne() throws Exception {
        startPrinter();
        assertEquals(200, post(event(1).printerId("id-old").printId("o1")));
        fixture.scheduler.runDue();
        assertEquals("id-old", fixture.properties.get(PROPERTY_PRINTER_ID));

        fixture.reconfigure("appToken", "AnotherPrintersToken-0123456789");
        fixture.scheduler.runDue();
        assertNull(fixture.properties.get(PROPERTY_PRINTER_ID), "forgotten with the token it was learnt with");
        fixture.events.clear();
        assertEquals(200, post(event(1).printerId("id-new").printId("n1")));
        assertEquals(200, post(event(3).printerId("id-old").printId("o1")));
        assertEquals(List.of(CHANNEL_PRINT_EVENT + ":PRINT_STARTED"), fixture.events, "the old printer's is ignored");
        fixture.scheduler.runDue();
        assertEquals("id-new", fixture.properties.get(PROPERTY_PRINTER_ID));
    }

    @Test
    void printStartsCreateAtMostThreeLiveLinksAnHour() throws Exception {
        startPrinter(fixture, SECRET, Map.of("liveLinkOnPrintStart", true));
        for (int print = 1; print <= 5; print++) {
            assertEquals(200, post(event(1).printId("p" + print)));
            assertEquals(200, post(event(2).printId("p" + print)));
        }
        awaitLinksCreated(PrinterHandler.PRINT_START_LINKS_PER_HOUR);
        fixture.clock.advance(Duration.ofMinutes(59));
        assertEquals(200, post(event(1).printId("p6")));
        fixture.clock.advance(Duration.ofMinutes(1));
        assertEquals(200, post(event(1).printId("p7")));
        awaitLinksCreated(PrinterHandler.PRINT_START_LINKS_PER_HOUR + 1);
    }

    /** Waits until this many links were created, then a little longer to see that no more come. */
    private void awaitLinksCreated(int count) throws InterruptedException {
        String created = CHANNEL_LIVE_LINK_EVENT + ":" + EVENT_CREATED;
        PrinterFixture.await(() -> fixture.events.stream().filter(created::equals).count() >= count,
                () -> count + " links created, " + fixture.events);
        Thread.sleep(300);
        assertEquals(count, fixture.events.stream().filter(created::equals).count(), fixture.events.toString());
    }
}
