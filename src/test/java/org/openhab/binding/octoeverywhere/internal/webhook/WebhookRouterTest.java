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
package org.openhab.binding.octoeverywhere.internal.webhook;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.api.PrintEvent;
import org.openhab.binding.octoeverywhere.internal.printevents.PrintEventReceiver;
import org.openhab.binding.octoeverywhere.internal.printevents.WebhookSecret;
import org.openhab.binding.octoeverywhere.internal.test.Notification;

/**
 * Which thing a notification goes to, by secret, printer id and printer name.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class WebhookRouterTest {

    private record Printer(String name, @Nullable String secret, @Nullable String printerId,
            @Nullable String printerName) implements PrintEventReceiver {
        @Override
        public boolean takesSecret(WebhookSecret presented) {
            String own = secret;
            return own != null && WebhookSecret.of(own).matches(presented);
        }

        @Override
        public String receive(PrintEvent event) {
            return name;
        }
    }

    private static PrintEvent event(@Nullable String printerId, @Nullable String printerName) {
        Notification notification = Notification.of(6);
        if (printerId != null) {
            notification.printerId(printerId);
        }
        if (printerName != null) {
            notification.printerName(printerName);
        }
        return notification.event();
    }

    private static @Nullable String deliveredTo(WebhookRouter.Route route) {
        return route instanceof WebhookRouter.Delivered delivered ? ((Printer) delivered.receiver()).name() : null;
    }

    @Test
    void aSecretNoThingHasIsRefused() {
        List<Printer> printers = List.of(new Printer("a", "secret-a", null, null));
        assertInstanceOf(WebhookRouter.Refused.class, WebhookRouter.route(printers, "secret-b", event("p", "A")));
        assertInstanceOf(WebhookRouter.Refused.class, WebhookRouter.route(printers, "", event("p", "A")));
        assertInstanceOf(WebhookRouter.Refused.class, WebhookRouter.route(printers, "SECRET-A", event("p", "A")));
    }

    @Test
    void aThingWithoutASecretTakesNothingEvenAnEmptySecret() {
        List<Printer> printers = List.of(new Printer("a", null, null, null));
        assertInstanceOf(WebhookRouter.Refused.class, WebhookRouter.route(printers, "", event("p", "A")));
    }

    @Test
    void eachPrinterWithItsOwnSecretGetsItsOwnEvents() {
        List<Printer> printers = List.of(new Printer("a", "secret-a", null, null),
                new Printer("b", "secret-b", null, null));
        assertEquals("a", deliveredTo(WebhookRouter.route(printers, "secret-a", event("p1", "A"))));
        assertEquals("b", deliveredTo(WebhookRouter.route(printers, "secret-b", event("p2", "B"))));
    }

    @Test
    void thingsSharingASecretAreToldApartByTheirLearntPrinterId() {
        List<Printer> printers = List.of(new Printer("a", "shared", "id-a", "Prusa"),
                new Printer("b", "shared", "id-b", "Prusa"));
        assertEquals("b", deliveredTo(WebhookRouter.route(printers, "shared", event("id-b", "Prusa"))));
        assertEquals("a", deliveredTo(WebhookRouter.route(printers, "shared", event("id-a", "Prusa"))));
    }

    @Test
    void beforeThePrinterIdIsKnownThePrinterNameDecides() {
        List<Printer> printers = List.of(new Printer("a", "shared", null, "Prusa"),
                new Printer("b", "shared", null, "Voron"));
        assertEquals("b", deliveredTo(WebhookRouter.route(printers, "shared", event("id-b", "Voron"))));
    }

    @Test
    void aThingTiedToAnotherPrinterIsNotChosenByName() {
        List<Printer> printers = List.of(new Printer("a", "shared", "id-a", "Voron"),
                new Printer("b", "shared", null, "Voron"));
        assertEquals("b", deliveredTo(WebhookRouter.route(printers, "shared", event("id-new", "Voron"))));
    }

    @Test
    void theOnlyThingWithTheSecretTakesTheFirstEventOfAnUnknownPrinter() {
        List<Printer> printers = List.of(new Printer("a", "secret", null, null));
        assertEquals("a", deliveredTo(WebhookRouter.route(printers, "secret", event("id-1", "Prusa"))));
    }

    @Test
    void ambiguousOrForeignPrintersGoNowhere() {
        List<Printer> twins = List.of(new Printer("a", "shared", null, "Prusa"),
                new Printer("b", "shared", null, "Prusa"));
        assertInstanceOf(WebhookRouter.Unclaimed.class, WebhookRouter.route(twins, "shared", event("x", "Prusa")));
        List<Printer> unknown = List.of(new Printer("a", "shared", null, null), new Printer("b", "shared", null, null));
        assertInstanceOf(WebhookRouter.Unclaimed.class, WebhookRouter.route(unknown, "shared", event("x", "Prusa")));
        List<Printer> tied = List.of(new Printer("a", "secret", "id-a", "Prusa"));
        assertInstanceOf(WebhookRouter.Unclaimed.class, WebhookRouter.route(tied, "secret", event("id-z", "Other")));
        List<Printer> named = List.of(new Printer("a", "secret", null, "Prusa"));
        assertInstanceOf(WebhookRouter.Unclaimed.class, WebhookRouter.route(named, "secret", event("id-z", "Other")));
    }
}
