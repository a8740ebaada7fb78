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
package org.openhab.binding.octoeverywhere.internal.discovery;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.api.AppConnectionInfo;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;

/**
 * Which printer a thing is, as far as it knows: a new token is taken only for the thing's own printer.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PrinterThingsTest {
    private static final String URL = "https://octoeverywhere.com/view/mk4";
    private static final String OTHER_URL = "https://octoeverywhere.com/view/voron";

    private static PrinterThings.Printer thing(@Nullable String printerName, @Nullable String printerUrl) {
        return new PrinterThings.Printer(new ThingUID("octoeverywhere:printer:mk4"), "Workshop MK4",
                new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null), true, printerName, printerUrl,
                null, null);
    }

    private static AppConnectionInfo info(@Nullable String printerName, @Nullable String printerUrl) {
        return new AppConnectionInfo(printerName, null, true, null, null, printerUrl);
    }

    @Test
    void thePrinterIsKnownByItsPageOrByItsName() {
        PrinterThings.Printer mk4 = thing("Prusa MK4", URL);
        assertEquals("Prusa MK4", mk4.printerName());
        assertEquals(URL, mk4.printerUrl());

        assertTrue(mk4.isPrinter(info("Renamed MK4", URL)), "its page, under a new name");
        assertTrue(mk4.isPrinter(info("Prusa MK4", OTHER_URL)), "its name");
        assertTrue(mk4.isPrinter(info("Prusa MK4", null)), "its name, without a page");
        assertFalse(mk4.isPrinter(info("Voron", OTHER_URL)));
        assertFalse(mk4.isPrinter(info(null, null)), "an answer that names no printer is not this one");
    }

    @Test
    void aThingThatKnowsOnlyOneOfThemIsKnownByThatOne() {
        assertTrue(thing(null, URL).isPrinter(info("Any", URL)));
        assertFalse(thing(null, URL).isPrinter(info("Any", OTHER_URL)));
        assertTrue(thing("Prusa MK4", null).isPrinter(info("Prusa MK4", OTHER_URL)));
        assertFalse(thing("Prusa MK4", null).isPrinter(info("Voron", URL)));
    }

    @Test
    void aThingThatKnowsNeitherTakesAnyPrinter() {
        assertTrue(thing(null, null).isPrinter(info("Voron", OTHER_URL)));
        assertTrue(thing(null, null).isPrinter(info(null, null)));
    }
}
