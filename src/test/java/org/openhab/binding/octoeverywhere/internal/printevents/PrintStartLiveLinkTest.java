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

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterHandler;
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;
import org.openhab.binding.octoeverywhere.internal.test.ScriptedResponse;
import org.openhab.core.library.types.StringType;

/**
 * The Live Link a print start creates when the thing is set to: one for a start told twice, none without the option,
 * at most three an hour.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PrintStartLiveLinkTest extends AbstractPrintEventsTest {
    @Test
    void aDuplicatePrintStartCreatesExactlyOneLiveLink() throws Exception {
        startPrinter(fixture, SECRET, Map.of("liveLinkOnPrintStart", true));
        fixture.server.respond(LIVE_LINK_PATH,
                ScriptedResponse.json(200, "{\"LiveId\":\"l1\",\"Url\":\"https://octoeverywhere.com/live/l1\"}")
                        .withDelay(Duration.ofMillis(300)));
        assertEquals(200, post(event(1).printId("p1")));
        assertEquals(200, post(event(1).printId("p1")));
        // Every request under way has its timeout pending: one link request, and the next status check.
        assertEquals(List.of(PrinterHandler.REQUEST_TIMEOUT, Duration.ofMinutes(15)),
                fixture.scheduler.pendingDelays());

        fixture.awaitEvent(EVENT_CREATED);
        fixture.awaitRequests(LIVE_LINK_PATH, 1);
        assertEquals(1, fixture.server.requestCount(LIVE_LINK_PATH));
        assertTrue(fixture.server.requests().stream().filter(r -> LIVE_LINK_PATH.equals(r.path()))
                .allMatch(r -> r.json().get("EndWhenCurrentPrintIsComplete").getAsBoolean()));
        assertEquals(new StringType("https://octoeverywhere.com/live/l1"), fixture.state(CHANNEL_URL));
    }

    @Test
    void withoutTheOptionAPrintStartCreatesNoLink() throws Exception {
        startPrinter();
        assertEquals(200, post(event(1).printId("p1")));
        assertEquals(List.of(Duration.ofMinutes(15)), fixture.scheduler.pendingDelays(), "no request under way");
    }

    @Test
    void printStartsCreateAtMostThreeLiveLinksAnHour() throws Exception {
        startPrinter(fixture, SECRET, Map.of("liveLinkOnPrintStart", true));
        for (int print = 1; print <= 5; print++) {
            assertEquals(200, post(event(1).printId("p" + print)));
            assertEquals(200, post(event(2).printId("p" + print)));
        }
        awaitLinksCreated(PrinterHandler.PRINT_START_LINKS_PER_HOUR);
        fixture.clock.advance(Duration.ofMinutes(59));
        assertEquals(200, post(event(1).printId("p6")));
        fixture.clock.advance(Duration.ofMinutes(1));
        assertEquals(200, post(event(1).printId("p7")));
        awaitLinksCreated(PrinterHandler.PRINT_START_LINKS_PER_HOUR + 1);
    }

    /** Waits until this many links were created, then a little longer to see that no more come. */
    private void awaitLinksCreated(int count) throws InterruptedException {
        String created = CHANNEL_LIVE_LINK_EVENT + ":" + EVENT_CREATED;
        PrinterFixture.await(() -> fixture.events.stream().filter(created::equals).count() >= count,
                () -> count + " links created, " + fixture.events);
        Thread.sleep(300);
        assertEquals(count, fixture.events.stream().filter(created::equals).count(), fixture.events.toString());
    }
}
