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

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.test.Notification;
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * Which printer thing a notification reaches: by its secret, then by the printer id or the name OctoEverywhere gave
 * the printer; and that a thing takes notifications while openHAB reconfigures it or cannot start it, and none once it
 * is removed or has no usable secret.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PrintEventsRoutingTest extends AbstractPrintEventsTest {
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
}
