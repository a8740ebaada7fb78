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
import static org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer.*;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;
import org.openhab.binding.octoeverywhere.internal.test.RecordedRequest;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.ActionOutputs;
import org.openhab.core.automation.annotation.RuleAction;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * What the rule actions give back when they do their work: the same keys in every result, as Main UI and the REST API
 * read them, the hours and expiry of the link, and the current link without creating one.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PrinterActionsResultTest extends AbstractPrinterActionsTest {
    private static final Set<String> KEYS = Set.of("success", "error", "message", "liveId", "url", "shortUrl", "qrCode",
            "expires");

    private RecordedRequest lastLinkRequest() {
        return fixture.server.requests().stream().filter(r -> LIVE_LINK_PATH.equals(r.path()))
                .reduce((first, second) -> second).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 17520 })
    void hoursAtTheLimitsAreAccepted(int hours) {
        PrinterActions actions = bind();
        Map<String, @Nullable Object> result = PrinterActions.createLiveLink(actions, hours);
        assertEquals(true, result.get("success"), String.valueOf(result));
        assertNull(result.get("error"));
        assertEquals(hours, lastLinkRequest().json().get("ExpirationHours").getAsInt());
        ZonedDateTime expires = ZonedDateTime.parse(String.valueOf(result.get("expires")));
        assertEquals(PrinterFixture.START.plus(Duration.ofHours(hours)), expires.toInstant());
    }

    @Test
    void everyResultHasTheSameKeysAndTheUrlAgainAsQrCode() {
        PrinterActions actions = bind();
        Map<String, @Nullable Object> created = actions.createLiveLink(3);
        assertEquals(KEYS, created.keySet());
        assertNotNull(created.get("url"));
        assertEquals(created.get("url"), created.get("qrCode"));
        fixture.server.respond(LIVE_LINK_PATH, 500, "");
        Map<String, @Nullable Object> failed = actions.createLiveLink(3);
        assertEquals(KEYS, failed.keySet());
        assertNull(failed.get("qrCode"));
        assertEquals(KEYS, actions.getLiveLink().keySet());
    }

    @Test
    void expiresIsInOpenHabsTimeZoneNotTheJvms() {
        fixture.zone = ZoneId.of("Pacific/Auckland");
        PrinterActions actions = bind();
        // 2026-11-28T10:00Z plus 2 hours, in Auckland's summer time (UTC+13)
        assertEquals("2026-11-29T01:00:00+13:00", actions.createLiveLink(2).get("expires"));
        assertEquals("2026-11-29T01:00:00+13:00", actions.getLiveLink().get("expires"));
    }

    @Test
    void everyResultSurvivesTheJsonOfOpenHabsRestApi() {
        // Main UI runs actions through REST, which writes the result with a Gson like this one, without java.time
        // adapters: a java.time value in the map fails the whole answer.
        Gson rest = new GsonBuilder().setDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").create();
        PrinterActions actions = bind();
        for (Map<String, @Nullable Object> result : List.of(actions.createLiveLink(2), actions.createPrintLiveLink(),
                actions.getLiveLink())) {
            String json = assertDoesNotThrow(() -> rest.toJson(result));
            assertTrue(json.contains("\"qrCode\":\"https://"), json);
        }
        for (Object value : actions.createLiveLink(2).values()) {
            assertTrue(value == null || value instanceof String || value instanceof Boolean, String.valueOf(value));
        }
    }

    @Test
    void noHoursMeansTheConfiguredLifetime() {
        PrinterActions actions = bind(PrinterFixture.settings("expirationHours", 48));
        Map<String, @Nullable Object> result = actions.createLiveLink(null);
        assertEquals(true, result.get("success"));
        assertEquals(48, lastLinkRequest().json().get("ExpirationHours").getAsInt());
        assertTrue(String.valueOf(result.get("url")).startsWith("https://"));
        assertNotNull(result.get("shortUrl"));
        assertNotNull(result.get("liveId"));
    }

    @Test
    void aPrintLinkHasNoExpiry() {
        PrinterActions actions = bind();
        Map<String, @Nullable Object> result = PrinterActions.createPrintLiveLink(actions);
        assertEquals(true, result.get("success"));
        assertTrue(lastLinkRequest().json().get("EndWhenCurrentPrintIsComplete").getAsBoolean());
        assertTrue(result.containsKey("expires"));
        assertNull(result.get("expires"));
    }

    @Test
    void getLiveLinkReturnsTheCurrentLinkWithoutCreatingOne() {
        PrinterActions actions = bind();
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
    void everyActionDeclaresEveryKeyWithALabelAndTheQrCodeForMainUi() {
        List<Method> actions = Arrays.stream(PrinterActions.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(RuleAction.class)).toList();
        assertEquals(Set.of("createLiveLink", "createPrintLiveLink", "getLiveLink"),
                actions.stream().map(Method::getName).collect(Collectors.toSet()));
        for (Method action : actions) {
            ActionOutputs outputs = action.getAnnotation(ActionOutputs.class);
            assertNotNull(outputs, action.getName());
            assertEquals(KEYS, Arrays.stream(outputs.value()).map(ActionOutput::name).collect(Collectors.toSet()),
                    action.getName());
            for (ActionOutput output : outputs.value()) {
                assertTrue(output.label().startsWith("@text/action.output."), action.getName() + " " + output.name());
                assertTrue(output.description().startsWith("@text/"), action.getName() + " " + output.name());
            }
            ActionOutput qrCode = Arrays.stream(outputs.value()).filter(o -> "qrCode".equals(o.name())).findFirst()
                    .orElseThrow();
            assertEquals("qrCode", qrCode.type(), "Main UI draws outputs of this type as a QR code");
        }
    }
}
