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
import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;
import static org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer.*;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.api.LiveLink;
import org.openhab.binding.octoeverywhere.internal.api.LiveLinkRequest;
import org.openhab.binding.octoeverywhere.internal.connection.CallRefusedException;
import org.openhab.binding.octoeverywhere.internal.test.AbstractPrinterTest;
import org.openhab.binding.octoeverywhere.internal.test.LogCapture;
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;
import org.openhab.binding.octoeverywhere.internal.test.RecordedRequest;
import org.openhab.binding.octoeverywhere.internal.test.ScriptedResponse;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * The create switches of a Printer thing: what a button press sends, and what the channels and events show after.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PrinterHandlerLiveLinkTest extends AbstractPrinterTest {
    private static final String LINK = "{\"LiveId\":\"late1\",\"Url\":\"https://octoeverywhere.com/live/late1\",\"ShortUrl\":\"https://oe.ink/l/late1\"}";

    @Test
    void initializePublishesTheCreateSwitchesOffAndStartsUnknown() {
        fixture.start();
        assertEquals(OnOffType.OFF, fixture.state(CHANNEL_CREATE_LIVE_LINK));
        assertEquals(OnOffType.OFF, fixture.state(CHANNEL_CREATE_PRINT_LIVE_LINK));
        assertEquals(UnDefType.UNDEF, fixture.state(CHANNEL_URL));
        assertEquals(ThingStatus.UNKNOWN, fixture.status().getStatus());
    }

    @Test
    void switchOnCreatesATimedLinkAndPublishesIt() {
        fixture.startOnline();
        fixture.press(CHANNEL_CREATE_LIVE_LINK);
        assertEquals(OnOffType.OFF, fixture.state(CHANNEL_CREATE_LIVE_LINK), "the switch is a button");

        fixture.awaitEvent(EVENT_CREATED);
        RecordedRequest request = fixture.server.requests().stream().filter(r -> LIVE_LINK_PATH.equals(r.path()))
                .findFirst().orElseThrow();
        assertEquals("POST", request.method());
        assertEquals(PrinterFixture.TOKEN, request.header("AppToken"));
        assertEquals(24, request.json().get("ExpirationHours").getAsInt());
        assertFalse(request.json().get("EndWhenCurrentPrintIsComplete").getAsBoolean());

        String url = String.valueOf(fixture.state(CHANNEL_URL));
        assertTrue(url.startsWith("https://"), url);
        assertInstanceOf(StringType.class, fixture.state(CHANNEL_SHORT_URL));
        assertInstanceOf(StringType.class, fixture.state(CHANNEL_LIVE_ID));
        assertEquals(new DateTimeType(PrinterFixture.START.plus(Duration.ofHours(24))), fixture.state(CHANNEL_EXPIRES));
    }

    @Test
    void printSwitchCreatesAPrintTrackingLinkWithoutExpiry() {
        fixture.startOnline();
        fixture.press(CHANNEL_CREATE_PRINT_LIVE_LINK);
        assertEquals(OnOffType.OFF, fixture.state(CHANNEL_CREATE_PRINT_LIVE_LINK));

        fixture.awaitEvent(EVENT_CREATED);
        RecordedRequest request = fixture.server.requests().stream().filter(r -> LIVE_LINK_PATH.equals(r.path()))
                .findFirst().orElseThrow();
        assertTrue(request.json().get("EndWhenCurrentPrintIsComplete").getAsBoolean());
        assertTrue(request.json().has("ExpirationHours"));
        assertInstanceOf(StringType.class, fixture.state(CHANNEL_URL));
        assertEquals(UnDefType.UNDEF, fixture.state(CHANNEL_EXPIRES));
    }

    @Test
    void noActivePrintFiresItsOwnEventAndKeepsTheStatus() {
        fixture.startOnline();
        fixture.server.respond(LIVE_LINK_PATH, 613, "");
        fixture.press(CHANNEL_CREATE_PRINT_LIVE_LINK);

        fixture.awaitEvent(EVENT_NO_ACTIVE_PRINT);
        assertEquals(ThingStatus.ONLINE, fixture.status().getStatus());
        // The press is answered, so this is all it did: one event, and no check scheduled before the next refresh.
        assertEquals(List.of(CHANNEL_LIVE_LINK_EVENT + ":" + EVENT_NO_ACTIVE_PRINT), fixture.events);
        assertEquals(List.of(Duration.ofMinutes(15)), fixture.scheduler.pendingDelays(), "613 triggers no check");
    }

    @ParameterizedTest
    @ValueSource(ints = { 603, 604, 606 })
    void deadTokenTakesTheThingOfflineAndStopsEveryRequest(int code) {
        fixture.startOnline();
        fixture.server.respond(LIVE_LINK_PATH, code, "");
        fixture.press(CHANNEL_CREATE_LIVE_LINK);

        fixture.awaitStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR);
        assertEquals("@text/offline.config-error.token-invalid [\"" + code + "\"]", fixture.status().getDescription());
        fixture.awaitEvent(EVENT_FAILED);

        fixture.events.clear();
        try (LogCapture log = LogCapture.start()) {
            fixture.press(CHANNEL_CREATE_LIVE_LINK);
            assertTrue(log.lines().stream().anyMatch(line -> line.contains("App Connection is gone")),
                    log.lines().toString());
            log.assertNoLineContains(PrinterFixture.TOKEN);
        }
        assertEquals(List.of(CHANNEL_LIVE_LINK_EVENT + ":" + EVENT_FAILED), fixture.events);
        fixture.scheduler.advance(Duration.ofDays(1));
        assertEquals(1, fixture.server.requestCount(LIVE_LINK_PATH), "no request after the token died");
        assertEquals(1, fixture.server.requestCount(INFO_PATH), "no status check after the token died");
        assertEquals(0, fixture.scheduler.pendingCount());
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 500, 600, 601, 602, 605, 607, 612, 699 })
    void otherFailuresFireFailedKeepTheStatusAndCheckTheConnection(int code) {
        fixture.startOnline();
        fixture.server.respond(LIVE_LINK_PATH, code, "");
        fixture.press(CHANNEL_CREATE_LIVE_LINK);

        fixture.awaitEvent(EVENT_FAILED);
        assertEquals(ThingStatus.ONLINE, fixture.status().getStatus());
        assertEquals(UnDefType.UNDEF, fixture.state(CHANNEL_URL));
        fixture.scheduler.runDue();
        fixture.awaitRequests(INFO_PATH, 2);
    }

    @Test
    void blankTokenIsAConfigurationErrorAndSendsNothing() {
        fixture.start(PrinterFixture.settings("appToken", " "));
        assertEquals(ThingStatus.OFFLINE, fixture.status().getStatus());
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, fixture.status().getStatusDetail());
        assertEquals("@text/offline.config-error.token-missing", fixture.status().getDescription());

        fixture.press(CHANNEL_CREATE_LIVE_LINK);
        fixture.scheduler.advance(Duration.ofHours(1));
        assertEquals(List.of(CHANNEL_LIVE_LINK_EVENT + ":" + EVENT_FAILED), fixture.events);
        assertTrue(fixture.server.requests().isEmpty());
    }

    @Test
    void plainHttpToARemoteHostIsRefused() {
        fixture.start(PrinterFixture.settings("baseUrl", "http://octoeverywhere.com"));
        assertEquals("@text/offline.config-error.base-url", fixture.status().getDescription());
        fixture.scheduler.runDue();
        assertEquals(0, fixture.scheduler.pendingCount(), "no check scheduled");
        assertTrue(fixture.server.requests().isEmpty());
    }

    @Test
    void refreshRepublishesTheCurrentLink() {
        fixture.startOnline();
        fixture.press(CHANNEL_CREATE_LIVE_LINK);
        fixture.awaitEvent(EVENT_CREATED);
        State url = fixture.state(CHANNEL_URL);
        fixture.states.clear();

        fixture.refresh(CHANNEL_URL);
        assertEquals(url, fixture.state(CHANNEL_URL));
        fixture.refresh(CHANNEL_CREATE_LIVE_LINK);
        assertEquals(OnOffType.OFF, fixture.state(CHANNEL_CREATE_LIVE_LINK));
    }

    @Test
    void switchOffSendsNothing() {
        fixture.startOnline();
        List<Duration> before = fixture.scheduler.pendingDelays();
        fixture.handler().handleCommand(fixture.channel(CHANNEL_CREATE_LIVE_LINK), OnOffType.OFF);
        // A request would be under way now, with its timeout pending.
        assertEquals(before, fixture.scheduler.pendingDelays());
        assertEquals(List.of(), fixture.events);
        assertEquals(OnOffType.OFF, fixture.state(CHANNEL_CREATE_LIVE_LINK));
    }

    @Test
    void twoPressesAnsweredWithADeadTokenFireTwoFailed() {
        fixture.startOnline();
        fixture.server.respond(LIVE_LINK_PATH, ScriptedResponse.json(604, "").withDelay(Duration.ofMillis(200)));
        fixture.press(CHANNEL_CREATE_LIVE_LINK);
        fixture.press(CHANNEL_CREATE_PRINT_LIVE_LINK);
        fixture.awaitRequests(LIVE_LINK_PATH, 2);
        String failed = CHANNEL_LIVE_LINK_EVENT + ":" + EVENT_FAILED;
        PrinterFixture.await(() -> fixture.events.size() == 2, () -> "two outcomes, events " + fixture.events);
        assertEquals(List.of(failed, failed), fixture.events);
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, fixture.status().getStatusDetail());
    }

    @Test
    void aLinkThatArrivesAfterTheTokenDiedIsNotShownAndThePressFails() {
        fixture.server.respond(LIVE_LINK_PATH, ScriptedResponse.json(200, LINK).withDelay(Duration.ofSeconds(2)));
        fixture.server.respond(INFO_PATH, 604, "");
        fixture.start();
        fixture.press(CHANNEL_CREATE_LIVE_LINK);
        fixture.awaitRequests(LIVE_LINK_PATH, 1);
        // The first check answers while the press waits for its answer.
        fixture.scheduler.runDue();
        fixture.awaitStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR);

        fixture.awaitEvent(EVENT_FAILED);
        assertEquals(List.of(CHANNEL_LIVE_LINK_EVENT + ":" + EVENT_FAILED), fixture.events);
        assertEquals(UnDefType.UNDEF, fixture.state(CHANNEL_URL));
        assertTrue(fixture.storage.getKeys().isEmpty());
    }

    @Test
    void aPressWhoseAnswerComesAfterAReconfigurationIsToldWhatHappened() throws Exception {
        fixture.startOnline();
        fixture.server.respond(LIVE_LINK_PATH, ScriptedResponse.json(200, LINK).withDelay(Duration.ofSeconds(5)));
        CompletableFuture<LiveLink> pressed = fixture.handler().createLiveLink(LiveLinkRequest.timed(2));
        fixture.awaitRequests(LIVE_LINK_PATH, 1);

        fixture.reconfigure("expirationHours", 48);
        ExecutionException outcome = assertThrows(ExecutionException.class, () -> pressed.get(1, TimeUnit.SECONDS));
        CallRefusedException refusal = assertInstanceOf(CallRefusedException.class, outcome.getCause());
        assertEquals(CallRefusedException.Reason.STOPPED, refusal.reason());
        assertEquals(List.of(CHANNEL_LIVE_LINK_EVENT + ":" + EVENT_FAILED), fixture.events);
        assertEquals(ThingStatus.UNKNOWN, fixture.status().getStatus(), "running again with the new configuration");
    }

    @Test
    void aButtonPressWithAnInvalidLifetimeSendsNothingAndFiresFailed() {
        fixture.start(PrinterFixture.settings("expirationHours", 0));
        assertEquals("@text/offline.config-error.expiration-hours", fixture.status().getDescription());

        fixture.press(CHANNEL_CREATE_LIVE_LINK);
        fixture.press(CHANNEL_CREATE_PRINT_LIVE_LINK);
        assertEquals(OnOffType.OFF, fixture.state(CHANNEL_CREATE_LIVE_LINK));
        assertEquals(OnOffType.OFF, fixture.state(CHANNEL_CREATE_PRINT_LIVE_LINK));
        String failed = CHANNEL_LIVE_LINK_EVENT + ":" + EVENT_FAILED;
        assertEquals(List.of(failed, failed), fixture.events);
        assertTrue(fixture.server.requests().isEmpty());
    }

    @Test
    void aDeadTokenMakesThePrinterStateUnknown() {
        fixture.startOnline();
        assertEquals(OnOffType.ON, fixture.state(CHANNEL_PRINTER_ONLINE));
        fixture.server.respond(LIVE_LINK_PATH, 604, "");
        fixture.press(CHANNEL_CREATE_LIVE_LINK);
        fixture.awaitStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR);
        assertEquals(UnDefType.UNDEF, fixture.state(CHANNEL_PRINTER_ONLINE));
        assertEquals(UnDefType.UNDEF, fixture.state(CHANNEL_LAST_CONNECTED));
    }
}
