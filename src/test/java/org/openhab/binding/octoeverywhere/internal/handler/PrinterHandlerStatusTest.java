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
import java.time.Instant;
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
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;
import org.openhab.binding.octoeverywhere.internal.test.ScriptedResponse;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.types.UnDefType;

/**
 * The thing status: what each answer of the App Connection Info API makes of it, when the next check runs, and how
 * the thing recovers. Time moves only through the manual scheduler, so intervals are checked exactly.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PrinterHandlerStatusTest extends AbstractPrinterTest {
    private static final Duration REFRESH = Duration.ofMinutes(15);
    private static final String INFO = """
            {"PrinterName":"Voron","PrinterLocalIp":"192.168.1.7","IsOnline":%s,
             "LastConnectionTimeUtc":"2026-11-27T08:15:30.1234567","LastDisconnectTimeUtc":"%s",
             "UserFacingPrinterUrl":"https://octoeverywhere.com/printer/abc"}""";

    @Test
    void aReconnectFromTheSetupPageGivesTheThingItsNewAppConnectionId() {
        fixture.startOnline().appConnectionChanged("connection-2");
        assertNotEquals("connection-2", fixture.properties.get(PROPERTY_APP_CONNECTION_ID), "written on the scheduler");
        fixture.scheduler.runDue();
        assertEquals("connection-2", fixture.properties.get(PROPERTY_APP_CONNECTION_ID));
    }

    @Test
    void anOnlinePrinterMakesTheThingOnlineWithItsDetails() {
        fixture.server.respond(INFO_PATH,
                ScriptedResponse.envelope(200, INFO.formatted("true", "0001-01-01T00:00:00")));
        fixture.start();
        assertEquals(List.of(Duration.ZERO, Duration.ZERO), fixture.scheduler.pendingDelays(),
                "the first check and the webhook address property, right away");
        fixture.scheduler.runDue();

        fixture.awaitStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        assertEquals(OnOffType.ON, fixture.state(CHANNEL_PRINTER_ONLINE));
        assertEquals(new DateTimeType(Instant.parse("2026-11-27T08:15:30.1234567Z")),
                fixture.state(CHANNEL_LAST_CONNECTED));
        assertEquals(UnDefType.UNDEF, fixture.state(CHANNEL_LAST_DISCONNECTED), "never disconnected");
        // openHAB stores properties in its database: written on the scheduler, not on the HTTP client's thread.
        assertNull(fixture.properties.get(PROPERTY_PRINTER_NAME));
        fixture.scheduler.runDue();
        assertEquals("Voron", fixture.properties.get(PROPERTY_PRINTER_NAME));
        assertEquals("192.168.1.7", fixture.properties.get(PROPERTY_PRINTER_LOCAL_IP));
        assertEquals("https://octoeverywhere.com/printer/abc", fixture.properties.get(PROPERTY_PRINTER_URL));
        assertEquals(List.of(REFRESH), fixture.scheduler.pendingDelays());
    }

    @Test
    void aDisconnectedPrinterKeepsTheThingOnline() {
        fixture.server.respond(INFO_PATH, 200, INFO.formatted("false", "2026-11-27T09:40:00.5"));
        fixture.start();
        fixture.scheduler.runDue();
        fixture.awaitStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        assertEquals(OnOffType.OFF, fixture.state(CHANNEL_PRINTER_ONLINE));
        assertEquals(new DateTimeType(Instant.parse("2026-11-27T09:40:00.5Z")),
                fixture.state(CHANNEL_LAST_DISCONNECTED), "when it went away");
    }

    @ParameterizedTest
    @ValueSource(ints = { 601, 602 })
    void printerNotReachableKeepsTheThingOnlineWithPrinterOffline(int code) {
        fixture.server.respond(INFO_PATH, code, "");
        fixture.start();
        fixture.scheduler.runDue();
        fixture.awaitStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        assertEquals(OnOffType.OFF, fixture.state(CHANNEL_PRINTER_ONLINE));
        assertEquals(List.of(REFRESH), fixture.scheduler.pendingDelays());
    }

    @ParameterizedTest
    @ValueSource(ints = { 603, 604, 606 })
    void deadTokenStopsPollingUntilTheConfigurationChanges(int code) {
        fixture.server.respond(INFO_PATH, code, "");
        fixture.start();
        fixture.scheduler.runDue();
        fixture.awaitStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR);
        assertEquals("@text/offline.config-error.token-invalid [\"" + code + "\"]", fixture.status().getDescription());
        assertEquals(0, fixture.scheduler.pendingCount());
        fixture.scheduler.advance(Duration.ofDays(2));
        assertEquals(1, fixture.server.requestCount(INFO_PATH));

        fixture.server.reset();
        fixture.reconfigure("appToken", "NewToken-0987654321");
        assertEquals(ThingStatus.UNKNOWN, fixture.status().getStatus());
        fixture.scheduler.runDue();
        fixture.awaitStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        assertEquals("NewToken-0987654321", fixture.server.requests().get(0).header("AppToken"));
        fixture.scheduler.runDue();
        assertEquals(List.of(REFRESH), fixture.scheduler.pendingDelays(), "one polling job, not two");
    }

    @Test
    void noSupporterPerksIsACommunicationErrorCheckedEveryRefreshInterval() {
        fixture.server.respond(INFO_PATH, 605, "");
        fixture.start();
        fixture.scheduler.runDue();
        fixture.awaitStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
        assertEquals("@text/offline.comm-error.not-supporter", fixture.status().getDescription());
        assertEquals(List.of(REFRESH), fixture.scheduler.pendingDelays());

        fixture.server.reset();
        fixture.scheduler.advance(REFRESH);
        fixture.awaitStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 500, 503, 600, 699 })
    void errorCodesAreCommunicationErrorsWithTheCode(int code) {
        fixture.server.respond(INFO_PATH, code, "");
        fixture.start();
        fixture.scheduler.runDue();
        fixture.awaitStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
        assertEquals("@text/offline.comm-error.error-code [\"" + code + "\"]", fixture.status().getDescription());
    }

    @Test
    void noAnswerIsACommunicationError() {
        fixture.server.respond(INFO_PATH, ScriptedResponse.closeConnection());
        fixture.start();
        fixture.scheduler.runDue();
        fixture.awaitStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
        assertEquals("@text/offline.comm-error.no-answer", fixture.status().getDescription());
    }

    @Test
    void failedChecksBackOffFrom30SecondsUpToTheRefreshIntervalThenRecover() {
        fixture.server.respond(INFO_PATH, 500, "");
        fixture.start(PrinterFixture.settings("refreshInterval", 5));
        fixture.scheduler.runDue();
        List<Duration> expected = List.of(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
                Duration.ofSeconds(240), Duration.ofMinutes(5), Duration.ofMinutes(5));
        for (int attempt = 0; attempt < expected.size(); attempt++) {
            int answered = attempt + 1;
            List<Duration> next = List.of(expected.get(attempt));
            // While a check waits for its answer, its request timeout is the one pending task.
            PrinterFixture.await(
                    () -> fixture.server.requestCount(INFO_PATH) == answered
                            && fixture.scheduler.pendingDelays().equals(next),
                    () -> "check " + answered + " answered, then " + next + "; pending "
                            + fixture.scheduler.pendingDelays());
            fixture.awaitStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
            if (attempt < expected.size() - 1) {
                fixture.scheduler.advance(expected.get(attempt));
            }
        }

        fixture.server.reset();
        fixture.scheduler.advance(Duration.ofMinutes(5));
        fixture.awaitStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        fixture.scheduler.runDue();
        PrinterFixture.await(() -> fixture.scheduler.pendingDelays().equals(List.of(Duration.ofMinutes(5))),
                () -> "back to the refresh interval, is " + fixture.scheduler.pendingDelays());
        fixture.server.respond(INFO_PATH, 500, "");
        fixture.scheduler.advance(Duration.ofMinutes(5));
        PrinterFixture.await(() -> fixture.scheduler.pendingDelays().equals(List.of(Duration.ofSeconds(30))),
                () -> "the backoff starts over, is " + fixture.scheduler.pendingDelays());
    }

    @Test
    void aCreatedLinkBringsTheThingBackOnline() {
        fixture.server.respond(INFO_PATH, 500, "");
        fixture.start();
        fixture.scheduler.runDue();
        fixture.awaitStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);

        fixture.press(CHANNEL_CREATE_LIVE_LINK);
        fixture.awaitEvent(EVENT_CREATED);
        assertEquals(ThingStatus.ONLINE, fixture.status().getStatus());
    }

    @Test
    void disposeLeavesNoJobAndNoRequestBehind() throws Exception {
        fixture.server.delay(Duration.ofSeconds(20));
        fixture.start();
        fixture.scheduler.runDue();
        CompletableFuture<LiveLink> pending = fixture.handler().createLiveLink(LiveLinkRequest.timed(3));
        fixture.awaitRequests(INFO_PATH, 1);
        fixture.awaitRequests(LIVE_LINK_PATH, 1);

        fixture.handler().dispose();
        assertEquals(0, fixture.scheduler.pendingCount(), "no check, no expiry, no request timeout");
        ExecutionException stopped = assertThrows(ExecutionException.class, () -> pending.get(5, TimeUnit.SECONDS));
        CallRefusedException refusal = assertInstanceOf(CallRefusedException.class, stopped.getCause());
        assertEquals(CallRefusedException.Reason.STOPPED, refusal.reason());
        fixture.scheduler.advance(Duration.ofDays(1));
        assertEquals(1, fixture.server.requestCount(INFO_PATH), "no status check after dispose");
        assertEquals(List.of(CHANNEL_LIVE_LINK_EVENT + ":" + EVENT_FAILED), fixture.events, "the press is answered");
    }

    @Test
    void refreshAfterThePrinterWentAwayShowsItOffline() {
        fixture.startOnline();
        assertEquals(OnOffType.ON, fixture.state(CHANNEL_PRINTER_ONLINE));
        fixture.server.respond(INFO_PATH, 601, "");
        fixture.scheduler.advance(REFRESH);
        PrinterFixture.await(() -> OnOffType.OFF.equals(fixture.state(CHANNEL_PRINTER_ONLINE)),
                () -> "printer-online OFF");

        fixture.states.clear();
        fixture.refresh(CHANNEL_PRINTER_ONLINE);
        assertEquals(OnOffType.OFF, fixture.state(CHANNEL_PRINTER_ONLINE));
    }

    @Test
    void anUnreadableAnswerIsReportedAsNoAnswerNotAsCode200() {
        fixture.server.respond(INFO_PATH, ScriptedResponse.text(200, "text/html", "<html>maintenance</html>"));
        fixture.start();
        fixture.scheduler.runDue();
        fixture.awaitStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
        assertEquals("@text/offline.comm-error.no-answer", fixture.status().getDescription());
    }

    @Test
    void failedLinksDoNotCutTheBackoffShort() {
        fixture.server.respond(INFO_PATH, 500, "");
        fixture.server.respond(LIVE_LINK_PATH, 500, "");
        fixture.start();
        fixture.scheduler.runDue();
        fixture.awaitStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
        PrinterFixture.await(() -> fixture.scheduler.pendingDelays().equals(List.of(Duration.ofSeconds(30))),
                () -> "a retry in 30 s, is " + fixture.scheduler.pendingDelays());

        fixture.press(CHANNEL_CREATE_LIVE_LINK);
        fixture.awaitEvent(EVENT_FAILED);
        assertEquals(List.of(Duration.ofSeconds(30)), fixture.scheduler.pendingDelays());
    }

    @Test
    void noAnswerWithinTheRequestTimeoutIsACommunicationErrorAndIsRetried() {
        fixture.server.respond(INFO_PATH, ScriptedResponse.json(200, INFO.formatted("true", "0001-01-01T00:00:00"))
                .withDelay(Duration.ofMinutes(2)));
        fixture.start();
        fixture.scheduler.runDue();
        fixture.awaitRequests(INFO_PATH, 1);
        assertEquals(List.of(PrinterHandler.REQUEST_TIMEOUT), fixture.scheduler.pendingDelays());

        fixture.scheduler.advance(PrinterHandler.REQUEST_TIMEOUT.minusMillis(1));
        assertEquals(ThingStatus.UNKNOWN, fixture.status().getStatus(), "still waiting for the answer");
        fixture.scheduler.advance(Duration.ofMillis(1));
        fixture.awaitStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
        assertEquals("@text/offline.comm-error.no-answer", fixture.status().getDescription());
        assertEquals(List.of(Duration.ofSeconds(30)), fixture.scheduler.pendingDelays(), "a retry in 30 s");
    }
}
