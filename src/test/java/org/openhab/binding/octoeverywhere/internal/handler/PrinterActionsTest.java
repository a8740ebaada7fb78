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
package org.openhab.binding.octoeverywhere.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.mock;
import static org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer.*;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.action.PrinterActions;
import org.openhab.binding.octoeverywhere.internal.test.RecordedRequest;
import org.openhab.core.thing.binding.ThingActions;

/**
 * The rule actions, called the way DSL rules call them (the static twins) and the way JS and the Main UI do.
 */
@NonNullByDefault
class PrinterActionsTest extends AbstractPrinterTest {
    private final PrinterActions actions = new PrinterActions();

    private void bind(Map<String, Object> settings) {
        fixture.start(settings);
        fixture.scheduler.runDue();
        actions.setThingHandler(fixture.handler());
    }

    private RecordedRequest lastLinkRequest() {
        return fixture.server.requests().stream()
                .filter(r -> LIVE_LINK_PATH.equals(r.path()))
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 17521})
    void hoursOutsideTheRangeAreRefusedWithoutARequest(int hours) {
        bind(Map.of());
        Map<String, @Nullable Object> result = PrinterActions.createLiveLink(actions, hours);
        assertEquals(false, result.get("success"));
        assertEquals("INVALID_HOURS", result.get("error"));
        assertTrue(String.valueOf(result.get("message")).contains("17520"));
        assertNull(result.get("url"));
        assertEquals(0, fixture.server.requestCount(LIVE_LINK_PATH));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 17520})
    void hoursAtTheLimitsAreAccepted(int hours) {
        bind(Map.of());
        Map<String, @Nullable Object> result = PrinterActions.createLiveLink(actions, hours);
        assertEquals(true, result.get("success"), String.valueOf(result));
        assertNull(result.get("error"));
        assertEquals(hours, lastLinkRequest().json().get("ExpirationHours").getAsInt());
        ZonedDateTime expires = (ZonedDateTime) result.get("expires");
        assertNotNull(expires);
        assertEquals(PrinterFixture.START.plus(Duration.ofHours(hours)), expires.toInstant());
    }

    @Test
    void noHoursMeansTheConfiguredLifetime() {
        bind(PrinterFixture.settings("expirationHours", 48));
        Map<String, @Nullable Object> result = actions.createLiveLink(null);
        assertEquals(true, result.get("success"));
        assertEquals(48, lastLinkRequest().json().get("ExpirationHours").getAsInt());
        assertTrue(String.valueOf(result.get("url")).startsWith("https://"));
        assertNotNull(result.get("shortUrl"));
        assertNotNull(result.get("liveId"));
    }

    @Test
    void aPrintLinkHasNoExpiry() {
        bind(Map.of());
        Map<String, @Nullable Object> result = PrinterActions.createPrintLiveLink(actions);
        assertEquals(true, result.get("success"));
        assertTrue(lastLinkRequest().json().get("EndWhenCurrentPrintIsComplete").getAsBoolean());
        assertTrue(result.containsKey("expires"));
        assertNull(result.get("expires"));
    }

    @Test
    void noActivePrintIsReported() {
        bind(Map.of());
        fixture.server.respond(LIVE_LINK_PATH, 613, "");
        Map<String, @Nullable Object> result = PrinterActions.createPrintLiveLink(actions);
        assertEquals(false, result.get("success"));
        assertEquals("NO_ACTIVE_PRINT", result.get("error"));
    }

    @Test
    void aDeadTokenIsReportedAndLaterCallsSendNothing() {
        bind(Map.of());
        fixture.server.respond(LIVE_LINK_PATH, 604, "");
        assertEquals("TOKEN_INVALID", PrinterActions.createLiveLink(actions, 1).get("error"));
        Map<String, @Nullable Object> again = PrinterActions.createLiveLink(actions, 1);
        assertEquals("TOKEN_INVALID", again.get("error"));
        assertEquals(1, fixture.server.requestCount(LIVE_LINK_PATH));
        assertFalse(String.valueOf(again).contains(PrinterFixture.TOKEN));
    }

    @Test
    void getLiveLinkReturnsTheCurrentLinkWithoutCreatingOne() {
        bind(Map.of());
        Map<String, @Nullable Object> none = PrinterActions.getLiveLink(actions);
        assertEquals(false, none.get("success"));
        assertNull(none.get("url"));

        Map<String, @Nullable Object> created = PrinterActions.createLiveLink(actions, 5);
        Map<String, @Nullable Object> current = PrinterActions.getLiveLink(actions);
        assertEquals(true, current.get("success"));
        assertEquals(created.get("url"), current.get("url"));
        assertEquals(created.get("expires"), current.get("expires"));
        assertEquals(1, fixture.server.requestCount(LIVE_LINK_PATH));
    }

    @Test
    void actionsWithoutAPrinterHandlerTellTheRuleAuthor() {
        assertThrows(IllegalStateException.class, () -> actions.createLiveLink(2));
        assertThrows(IllegalArgumentException.class, () -> PrinterActions.createLiveLink(mock(ThingActions.class), 2));
    }

    @Test
    void messagesAreSentencesInOpenHabsLanguage() {
        bind(Map.of());
        assertEquals(
                "Live Link created.", PrinterActions.createLiveLink(actions, 2).get("message"));
        fixture.server.respond(LIVE_LINK_PATH, 601, "");
        assertEquals(
                "The printer is not connected to OctoEverywhere (code 601).",
                PrinterActions.createLiveLink(actions, 2).get("message"));

        fixture.locale = Locale.GERMAN;
        assertEquals(
                "Der Drucker ist nicht mit OctoEverywhere verbunden (Code 601).",
                PrinterActions.createLiveLink(actions, 2).get("message"));
        assertEquals(
                "Kein Live Link angefordert: 0 Stunden liegen nicht zwischen 1 und 17520.",
                PrinterActions.createLiveLink(actions, 0).get("message"));
    }

    @Test
    void anInvalidConfigurationRefusesWithoutARequest() {
        bind(PrinterFixture.settings("expirationHours", 0));
        Map<String, @Nullable Object> result = actions.createLiveLink(null);
        assertEquals(false, result.get("success"));
        assertEquals("COMMUNICATION", result.get("error"));
        assertEquals(
                "No Live Link was requested: the thing configuration is invalid (see its status).",
                result.get("message"));
        assertEquals(
                "COMMUNICATION", PrinterActions.createPrintLiveLink(actions).get("error"));
        assertTrue(fixture.server.requests().isEmpty());
    }

    @Test
    void aMissingTokenIsReportedAsTokenInvalid() {
        bind(PrinterFixture.settings("appToken", ""));
        assertEquals("TOKEN_INVALID", PrinterActions.createLiveLink(actions, 5).get("error"));
        assertTrue(fixture.server.requests().isEmpty());
    }
}
