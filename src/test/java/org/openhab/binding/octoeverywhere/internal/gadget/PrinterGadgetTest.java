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
package org.openhab.binding.octoeverywhere.internal.gadget;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;
import static org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.test.AbstractPrinterTest;
import org.openhab.binding.octoeverywhere.internal.test.HttpClients;
import org.openhab.binding.octoeverywhere.internal.test.Notification;
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.types.UnDefType;

/**
 * Gadget on a printer thing, over real HTTP: when the thing asks, and what its answers do to channels and status.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PrinterGadgetTest extends AbstractPrinterTest {
    private static final String SECRET = "gadget-test-secret";
    /** Not the request timeout's 30 s, so that the next question is told apart from a request under way. */
    private static final Duration INTERVAL = Duration.ofSeconds(20);

    private void linkGadget(boolean linked) {
        when(fixture.callback.isChannelLinked(any())).thenAnswer(invocation -> linked
                && GadgetChannels.CHANNELS.contains(((ChannelUID) invocation.getArgument(0)).getId()));
    }

    private void print(int eventType) {
        print(eventType, "p1");
    }

    private void print(int eventType, String printId) {
        fixture.handler().notifications().receive(Notification.of(eventType).printId(printId).event());
    }

    private void startWithNotifications() {
        startWithNotifications(Duration.ofSeconds(30));
    }

    private void startWithNotifications(Duration gadgetInterval) {
        Map<String, Object> settings = PrinterFixture.settings("webhookSecret", SECRET);
        settings.put("gadgetInterval", new BigDecimal(gadgetInterval.toSeconds()));
        fixture.start(settings);
        fixture.scheduler.runDue();
        fixture.awaitStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        fixture.scheduler.runDue();
    }

    @Test
    void aPrintStartMakesTheThingAskGadgetAndShowItsAnswer() {
        linkGadget(true);
        startWithNotifications();
        assertEquals(0, fixture.server.requestCount(GADGET_PATH), "no print, no question");

        print(1);
        fixture.scheduler.runDue();
        fixture.awaitRequests(GADGET_PATH, 1);
        // the rating is shown last
        PrinterFixture.await(() -> new DecimalType(8).equals(fixture.state(CHANNEL_GADGET_RATING)),
                () -> "the answer shown");
        assertEquals(new StringType("ACTIVE"), fixture.state(CHANNEL_GADGET_STATE));
        assertEquals(new StringType("Looking Good"), fixture.state(CHANNEL_GADGET_STATUS));
        assertEquals(new StringType("GREEN"), fixture.state(CHANNEL_GADGET_COLOR));
    }

    @Test
    void nothingIsAskedWhileNoGadgetChannelIsLinkedAndLinkingOneStartsIt() {
        linkGadget(false);
        startWithNotifications();
        print(1);
        fixture.scheduler.advance(Duration.ofMinutes(5));
        assertEquals(0, fixture.server.requestCount(GADGET_PATH));

        linkGadget(true);
        fixture.handler().channelLinked(fixture.channel(CHANNEL_GADGET_RATING));
        fixture.scheduler.runDue();
        fixture.awaitRequests(GADGET_PATH, 1);
    }

    @Test
    void withoutNotificationsGadgetIsAskedFromTheStart() {
        linkGadget(true);
        fixture.startOnline();
        fixture.awaitRequests(GADGET_PATH, 1);
    }

    @Test
    void gadgetsAnswersNeverBringTheThingOnline() {
        linkGadget(true);
        fixture.server.respond(INFO_PATH, 500, "");
        fixture.start();
        fixture.scheduler.runDue();
        fixture.awaitStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
        fixture.awaitRequests(GADGET_PATH, 1);
        PrinterFixture.await(() -> new StringType("ACTIVE").equals(fixture.state(CHANNEL_GADGET_STATE)),
                () -> "ACTIVE shown");
        assertEquals(ThingStatus.OFFLINE, fixture.status().getStatus());
    }

    @Test
    void aDeadTokenFromGadgetTakesTheThingOfflineAndStopsAsking() {
        linkGadget(true);
        fixture.server.respond(GADGET_PATH, 604, "");
        fixture.start();
        fixture.scheduler.runDue();
        fixture.awaitStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR);
        assertEquals(UnDefType.UNDEF, fixture.state(CHANNEL_GADGET_STATE));
        fixture.scheduler.advance(Duration.ofHours(2));
        assertEquals(1, fixture.server.requestCount(GADGET_PATH));
    }

    @Test
    void aRefreshShowsGadgetsLastAnswerAgain() {
        linkGadget(true);
        fixture.startOnline();
        PrinterFixture.await(() -> new DecimalType(8).equals(fixture.state(CHANNEL_GADGET_RATING)),
                () -> "the answer shown");
        fixture.states.clear();
        fixture.refresh(CHANNEL_GADGET_RATING);
        assertEquals(new DecimalType(8), fixture.state(CHANNEL_GADGET_RATING));
        assertEquals(new StringType("ACTIVE"), fixture.state(CHANNEL_GADGET_STATE));
    }

    @Test
    void savingTheConfigurationDuringAPrintDoesNotAskGadgetSooner() {
        linkGadget(true);
        startWithNotifications();
        print(1);
        fixture.scheduler.runDue();
        fixture.awaitRequests(GADGET_PATH, 1);
        for (int save = 2; save <= 4; save++) {
            fixture.reconfigure("expirationHours", save);
            fixture.scheduler.runDue();
        }
        fixture.scheduler.advance(Duration.ofSeconds(GadgetWatch.MIN_SECONDS).minusMillis(1));
        PrinterFixture.await(() -> HttpClients.idle(fixture.httpClient), () -> "every request answered");
        assertEquals(1, fixture.server.requestCount(GADGET_PATH), "one question in 10 s, however often it is saved");
        fixture.scheduler.advance(Duration.ofMillis(1));
        fixture.awaitRequests(GADGET_PATH, 2);
    }

    @Test
    void aPrintThatRanBeforeTheConfigurationChangedIsNotTakenForNew() {
        linkGadget(true);
        fixture.server.respond(GADGET_PATH, 200, "{\"State\":2}");
        startWithNotifications();
        print(1);
        advanceAnsweringAll(Duration.ofMinutes(30));
        int before = fixture.server.requestCount(GADGET_PATH);

        fixture.reconfigure("expirationHours", 2);
        advanceAnsweringAll(Duration.ofMinutes(10));
        assertEquals(before + 1, fixture.server.requestCount(GADGET_PATH),
                "asked once, then every refresh interval: Gadget watches nothing 30 minutes into the print");
    }

    @Test
    void aResumedPrintIsFollowedCloselyAgain() {
        linkGadget(true);
        fixture.server.respond(GADGET_PATH, 200, "{\"State\":2}");
        startWithNotifications(INTERVAL);
        print(1);
        advanceAnsweringAll(GadgetPace.START_GRACE.plusMinutes(1));
        print(4);
        advanceAnsweringAll(Duration.ofMinutes(1));

        int before = fixture.server.requestCount(GADGET_PATH);
        print(5);
        advanceUntilAsked(before);
        awaitNextQuestionIn(INTERVAL,
                "resumed: asked every interval while Gadget gets going, though it said it was idle");
    }

    @Test
    void aNewPrintWhoseStartWasMissedIsFollowedClosely() {
        linkGadget(true);
        fixture.server.respond(GADGET_PATH, 200, "{\"State\":2}");
        startWithNotifications(INTERVAL);
        print(1, "p1");
        advanceAnsweringAll(GadgetPace.START_GRACE.plusMinutes(1));
        int before = fixture.server.requestCount(GADGET_PATH);

        print(6, "p2");
        advanceUntilAsked(before);
        awaitNextQuestionIn(INTERVAL, "the progress of another print: it started, and Gadget gets going again");
    }

    /**
     * Moves time on a second at a time until Gadget is asked again: the pace lets it be asked no sooner than
     * {@value GadgetWatch#MIN_SECONDS} seconds after the question before, which may have been a moment ago.
     */
    private void advanceUntilAsked(int before) {
        fixture.scheduler.runDue();
        for (int second = 0; second < GadgetWatch.MIN_SECONDS && !askedSince(before); second++) {
            fixture.scheduler.advance(Duration.ofSeconds(1));
        }
        fixture.awaitRequests(GADGET_PATH, before + 1);
    }

    private boolean askedSince(int before) {
        PrinterFixture.await(() -> HttpClients.idle(fixture.httpClient), () -> "every request answered");
        return fixture.server.requestCount(GADGET_PATH) > before;
    }

    /** Waits until the next question to Gadget is due after this delay; the request timeouts take 30 s. */
    private void awaitNextQuestionIn(Duration delay, String why) {
        PrinterFixture.await(() -> fixture.scheduler.pendingDelays().contains(delay),
                () -> why + ": the next question in " + delay + ", pending " + fixture.scheduler.pendingDelays());
    }

    /** Moves time on in steps shorter than any interval, each answer in before the next step. */
    private void advanceAnsweringAll(Duration duration) {
        for (Duration done = Duration.ZERO; done.compareTo(duration) < 0; done = done.plusSeconds(5)) {
            fixture.scheduler.advance(Duration.ofSeconds(5));
            PrinterFixture.await(() -> HttpClients.idle(fixture.httpClient), () -> "every request answered");
        }
    }
}
