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
package org.openhab.binding.octoeverywhere.internal.action;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.mock;
import static org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer.*;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.test.DescriptorTranslations;
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;
import org.openhab.binding.octoeverywhere.internal.test.ScriptedResponse;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.ThingActions;

/**
 * When a rule action cannot create a link: hours out of range, an invalid configuration, a thing that is not running
 * or has no handler, OctoEverywhere refusing or not answering. Each says why, in openHAB's language, and sends no
 * request it knows to be in vain.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PrinterActionsRefusalTest extends AbstractPrinterActionsTest {
    @ParameterizedTest
    @ValueSource(ints = { 0, -1, 17521 })
    void hoursOutsideTheRangeAreRefusedWithoutARequest(int hours) {
        PrinterActions actions = bind();
        Map<String, @Nullable Object> result = PrinterActions.createLiveLink(actions, hours);
        assertEquals(false, result.get("success"));
        assertEquals("INVALID_HOURS", result.get("error"));
        assertTrue(String.valueOf(result.get("message")).contains("17520"));
        assertNull(result.get("url"));
        assertEquals(0, fixture.server.requestCount(LIVE_LINK_PATH));
    }

    @Test
    void noActivePrintIsReported() {
        PrinterActions actions = bind();
        fixture.server.respond(LIVE_LINK_PATH, 613, "");
        Map<String, @Nullable Object> result = PrinterActions.createPrintLiveLink(actions);
        assertEquals(false, result.get("success"));
        assertEquals("NO_ACTIVE_PRINT", result.get("error"));
    }

    @Test
    void aDeadTokenIsReportedAndLaterCallsSendNothing() {
        PrinterActions actions = bind();
        fixture.server.respond(LIVE_LINK_PATH, 604, "");
        assertEquals("TOKEN_INVALID", PrinterActions.createLiveLink(actions, 1).get("error"));
        Map<String, @Nullable Object> again = PrinterActions.createLiveLink(actions, 1);
        assertEquals("TOKEN_INVALID", again.get("error"));
        assertEquals(
                "The App Connection is gone (OctoEverywhere code 604). Create a new one in the App Connection Portal"
                        + " and enter its token.",
                again.get("message"));
        assertEquals(1, fixture.server.requestCount(LIVE_LINK_PATH));
        assertFalse(String.valueOf(again).contains(PrinterFixture.TOKEN));
    }

    @Test
    void aRefusalIsWhollyInOpenHabsLanguage() {
        PrinterActions actions = bind();
        fixture.server.respond(LIVE_LINK_PATH, 604, "");
        PrinterActions.createLiveLink(actions, 1);
        fixture.locale = Locale.GERMAN;
        assertEquals(
                "Die App Connection besteht nicht mehr (OctoEverywhere-Code 604). Erstellen Sie im App Connection"
                        + " Portal eine neue und tragen Sie deren Token ein.",
                PrinterActions.createLiveLink(actions, 1).get("message"));
        assertEquals(1, fixture.server.requestCount(LIVE_LINK_PATH), "the second call was refused");
    }

    @Test
    void actionsWithoutAPrinterHandlerTellTheRuleAuthor() {
        PrinterActions unbound = new PrinterActions(new DescriptorTranslations(), () -> Locale.ENGLISH,
                () -> ZoneId.of("UTC"));
        assertThrows(IllegalStateException.class, () -> unbound.createLiveLink(2));
        assertThrows(IllegalArgumentException.class, () -> PrinterActions.createLiveLink(mock(ThingActions.class), 2));
    }

    @Test
    void messagesAreSentencesInOpenHabsLanguage() {
        PrinterActions actions = bind();
        assertEquals("Live Link created.", PrinterActions.createLiveLink(actions, 2).get("message"));
        fixture.server.respond(LIVE_LINK_PATH, 601, "");
        assertEquals("The printer is not connected to OctoEverywhere (code 601).",
                PrinterActions.createLiveLink(actions, 2).get("message"));

        fixture.locale = Locale.GERMAN;
        assertEquals("Der Drucker ist nicht mit OctoEverywhere verbunden (Code 601).",
                PrinterActions.createLiveLink(actions, 2).get("message"));
        assertEquals("Kein Live Link angefordert: 0 Stunden liegen nicht zwischen 1 und 17520.",
                PrinterActions.createLiveLink(actions, 0).get("message"));
        fixture.server.respond(LIVE_LINK_PATH, ScriptedResponse.text(200, "text/html", "<html>maintenance</html>"));
        assertEquals("Die Antwort von OctoEverywhere war kein lesbarer Live Link.",
                PrinterActions.createLiveLink(actions, 2).get("message"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "expirationHours=0", "refreshInterval=0", "baseUrl=http://octoeverywhere.com",
            "appToken=a b" })
    void anInvalidConfigurationIsAConfigurationErrorAndSendsNothing(String setting) {
        String[] pair = setting.split("=", 2);
        Object value = pair[0].endsWith("Hours") || pair[0].endsWith("Interval") ? Integer.valueOf(pair[1]) : pair[1];
        PrinterActions actions = bind(PrinterFixture.settings(pair[0], value));
        Map<String, @Nullable Object> result = actions.createLiveLink(null);
        assertEquals(false, result.get("success"));
        assertEquals("CONFIGURATION", result.get("error"));
        assertEquals(
                "No Live Link was requested: the thing's configuration is invalid; its status says what to correct.",
                result.get("message"));
        assertEquals("CONFIGURATION", PrinterActions.createPrintLiveLink(actions).get("error"));
        assertTrue(fixture.server.requests().isEmpty());
    }

    @Test
    void aThingOpenHabKeepsFromStartingForItsConfigurationIsAConfigurationError() {
        // openHAB registers the handler (and its actions), then finds the configuration breaks its description and
        // never calls initialize().
        fixture.create(PrinterFixture.settings("expirationHours", 0));
        fixture.setStatus(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_CONFIGURATION_PENDING);
        Map<String, @Nullable Object> result = fixture.actions().createLiveLink(null);
        assertEquals("CONFIGURATION", result.get("error"));
        assertTrue(fixture.server.requests().isEmpty());
    }

    @Test
    void aMissingTokenIsAConfigurationError() {
        PrinterActions actions = bind(PrinterFixture.settings("appToken", ""));
        assertEquals("CONFIGURATION", PrinterActions.createLiveLink(actions, 5).get("error"));
        assertTrue(fixture.server.requests().isEmpty());
    }

    @Test
    void aThingThatIsNotRunningSaysSo() {
        PrinterActions actions = bind();
        fixture.handler().dispose();
        Map<String, @Nullable Object> result = actions.createLiveLink(5);
        assertEquals("NOT_RUNNING", result.get("error"));
        assertEquals("No Live Link was requested: the thing is not running (it is disabled, or openHAB is starting or"
                + " stopping).", result.get("message"));
        assertEquals(0, fixture.server.requestCount(LIVE_LINK_PATH));
    }

    @Test
    void noUsableAnswerIsACommunicationError() {
        PrinterActions actions = bind();
        fixture.server.respond(LIVE_LINK_PATH, ScriptedResponse.closeConnection());
        Map<String, @Nullable Object> result = actions.createLiveLink(5);
        assertEquals("COMMUNICATION", result.get("error"));
        assertEquals("OctoEverywhere did not answer in time, or could not be reached.", result.get("message"));
    }
}
