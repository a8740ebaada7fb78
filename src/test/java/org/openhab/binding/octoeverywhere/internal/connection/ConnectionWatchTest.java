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
package org.openhab.binding.octoeverywhere.internal.connection;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer.*;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.api.ApiError;
import org.openhab.binding.octoeverywhere.internal.api.AppConnectionInfo;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;
import org.openhab.binding.octoeverywhere.internal.test.AbstractPrinterTest;
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;
import org.openhab.binding.octoeverywhere.internal.test.ScriptedResponse;

/**
 * The connection watch on its own, without a handler: what it reports for each answer, and when it checks.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ConnectionWatchTest extends AbstractPrinterTest {
    private static final Duration REFRESH = Duration.ofMinutes(10);

    private final List<String> heard = new CopyOnWriteArrayList<>();
    private @NonNullByDefault({}) ConnectionWatch watch;

    @BeforeEach
    void createWatch() {
        watch = new ConnectionWatch(fixture.client(), fixture.scheduler, REFRESH, new ConnectionWatch.Listener() {
            @Override
            public void statusChanged(ConnectionStatus status) {
                heard.add(status.kind() + (status.code() == 0 ? "" : " " + status.code()));
            }

            @Override
            public void printerChanged(@Nullable AppConnectionInfo info) {
                heard.add(info == null ? "printer unknown" : "printer online " + info.online());
            }
        }, "test");
    }

    private void awaitHeard(int count) {
        PrinterFixture.await(() -> heard.size() >= count, () -> count + " reports, heard " + heard);
    }

    @Test
    void checksAtOnceThenEveryRefreshInterval() {
        watch.start();
        assertEquals(List.of(Duration.ZERO), fixture.scheduler.pendingDelays());
        fixture.scheduler.runDue();
        awaitHeard(2);
        assertEquals(List.of("printer online true", "ONLINE"), heard);
        assertEquals(List.of(REFRESH), fixture.scheduler.pendingDelays());
        assertNotNull(watch.lastInfo());
    }

    @Test
    void aFailedCallChecksAtOnceOnlyWhileChecksSucceed() {
        watch.start();
        fixture.scheduler.runDue();
        awaitHeard(2);
        watch.callFailed(new OctoEverywhereException(ApiError.SERVER_ERROR, 500, "test"));
        assertEquals(List.of(Duration.ZERO), fixture.scheduler.pendingDelays(), "checked at once");

        fixture.server.respond(INFO_PATH, 500, "");
        fixture.scheduler.runDue();
        awaitHeard(3);
        assertEquals("COMMUNICATION_ERROR 500", heard.get(2));
        PrinterFixture.await(() -> fixture.scheduler.pendingDelays().equals(List.of(Duration.ofSeconds(30))),
                () -> "a retry in 30 s, pending " + fixture.scheduler.pendingDelays());
        watch.callFailed(new OctoEverywhereException(ApiError.SERVER_ERROR, 500, "test"));
        assertEquals(List.of(Duration.ofSeconds(30)), fixture.scheduler.pendingDelays(), "the backoff stands");
        watch.callFailed(new OctoEverywhereException(ApiError.NO_ACTIVE_PRINT, 613, "test"));
        assertEquals(List.of(Duration.ofSeconds(30)), fixture.scheduler.pendingDelays());
    }

    @Test
    void aDeadTokenFromAnyCallEndsTheConnectionForGood() {
        watch.start();
        fixture.scheduler.runDue();
        awaitHeard(2);
        watch.callFailed(new OctoEverywhereException(ApiError.TOKEN_INVALID, 606, "test"));
        assertEquals(List.of("printer online true", "ONLINE", "printer unknown", "CONNECTION_GONE 606"), heard);
        CallRefusedException refusal = watch.refusal();
        assertNotNull(refusal);
        assertEquals(606, refusal.statusCode());
        assertEquals(0, fixture.scheduler.pendingCount());
        watch.callSucceeded();
        watch.republish();
        assertEquals(4, heard.size(), "nothing brings it back but a new configuration");
    }

    @Test
    void aCheckUnderWayWhenAnotherCallFindsTheTokenDeadChangesNothing() {
        fixture.server.respond(INFO_PATH,
                ScriptedResponse.json(200, "{\"IsOnline\":true}").withDelay(Duration.ofMillis(300)));
        watch.start();
        fixture.scheduler.runDue();
        fixture.awaitRequests(INFO_PATH, 1);
        watch.callFailed(new OctoEverywhereException(ApiError.TOKEN_INVALID, 604, "test"));
        assertEquals(0, fixture.scheduler.pendingCount(), "the check under way is aborted");
        assertEquals(List.of("printer unknown", "CONNECTION_GONE 604"), heard);
    }

    @Test
    void aSucceedingCallEndsACommunicationError() {
        fixture.server.respond(INFO_PATH, 605, "");
        watch.start();
        fixture.scheduler.runDue();
        awaitHeard(1);
        assertEquals(List.of("COMMUNICATION_ERROR"), heard);
        watch.callSucceeded();
        watch.callSucceeded();
        assertEquals(List.of("COMMUNICATION_ERROR", "ONLINE"), heard);
    }

    @Test
    void aStoppedWatchReportsNothingAndChecksNoMore() {
        fixture.server.respond(INFO_PATH, ScriptedResponse.json(604, "").withDelay(Duration.ofMillis(200)));
        watch.start();
        fixture.scheduler.runDue();
        fixture.awaitRequests(INFO_PATH, 1);
        watch.stop();
        assertEquals(0, fixture.scheduler.pendingCount(), "the check under way is aborted");
        fixture.scheduler.advance(Duration.ofDays(1));
        watch.callFailed(new OctoEverywhereException(ApiError.SERVER_ERROR, 500, "test"));
        assertEquals(List.of(), heard);
        assertEquals(1, fixture.server.requestCount(INFO_PATH));
    }
}
