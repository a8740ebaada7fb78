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
package org.openhab.binding.octoeverywhere.internal.connect;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.octoeverywhere.internal.connect.ConnectFixture.*;
import static org.openhab.binding.octoeverywhere.internal.connect.OpenhabThings.*;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer;
import org.openhab.binding.octoeverywhere.internal.test.ScriptedResponse;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;

/**
 * The portal's return, called by someone who is not the printer's owner: anyone on the LAN, or a web page the user
 * visits, can start a round trip and call the return address with any parameters. Nothing changes without
 * OctoEverywhere's word, over real HTTP against a server that plays OctoEverywhere.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PortalReturnTest extends AbstractConnectTest {
    private static final String OLD_TOKEN = "OldToken-0123456789";
    private static final String NEW_TOKEN = "NewToken-0123456789abcdef";
    private static final String FORGED_TOKEN = "ForgedToken-0123456789";
    private static final ThingStatusInfo ONLINE = status(ThingStatus.ONLINE, ThingStatusDetail.NONE, null);
    private static final String MK4 = "octoeverywhere:printer:mk4";

    @AfterEach
    void checkLog() {
        fixture.log.assertNoLineContains(NEW_TOKEN);
        fixture.log.assertNoLineContains(FORGED_TOKEN);
    }

    @Test
    void aForgedReconnectWithAnUnknownTokenLeavesTheThingAsItWas() throws Exception {
        Thing mk4 = fixture.openhab.addPrinter("mk4", "Workshop MK4", GONE, true, OLD_TOKEN, "Prusa MK4");
        ContentResponse answer = fixture.callback(fixture.connect("?thing=" + MK4), success(FORGED_TOKEN, "x", "Y"));
        assertEquals(403, answer.getStatus());
        assertTrue(
                answer.getContentAsString()
                        .contains("OctoEverywhere does not know the token in this address (code 603)"),
                answer.getContentAsString());
        assertTrue(answer.getContentAsString().contains("Nothing was changed."));
        fixture.openhab.assertNoResult();
        assertEquals(OLD_TOKEN, mk4.getConfiguration().get("appToken"));
        assertEquals(List.of(), fixture.connectionsChanged);
        assertEquals(0, fixture.servlet.entriesInMemory());
    }

    @Test
    void aReconnectWithAnotherPrintersValidTokenIsRefusedAndNamesThatPrinter() throws Exception {
        fixture.openhab.addPrinter("mk4", "Workshop MK4", GONE, true, OLD_TOKEN, "Prusa MK4");
        ContentResponse answer = fixture.callback(fixture.connect("?thing=" + MK4),
                fixture.connected(NEW_TOKEN, "c2", "Neighbour's <Voron>"));
        assertEquals(409, answer.getStatus());
        String page = answer.getContentAsString();
        assertTrue(page.contains("The new App Connection is for the printer Neighbour&#39;s &lt;Voron&gt;, which is not"
                + " the printer of Workshop MK4. Nothing was changed."), page);
        fixture.openhab.assertNoResult();
        assertEquals(List.of(), fixture.connectionsChanged);
        assertFalse(fixture.everythingSent().contains(NEW_TOKEN));
    }

    @Test
    void aReconnectWithItsOwnPrintersTokenTakesTheNewAppConnection() throws Exception {
        fixture.openhab.addPrinter("mk4", "Workshop MK4", GONE, true, OLD_TOKEN, "Prusa MK4");
        fixture.follow(
                fixture.callback(fixture.connect("?thing=" + MK4), fixture.connected(NEW_TOKEN, "c2", "Prusa MK4")));
        DiscoveryResult result = fixture.openhab.awaitOneResult();
        assertEquals(new ThingUID(MK4), result.getThingUID());
        assertEquals(NEW_TOKEN, result.getProperties().get("appToken"));
        assertEquals(List.of(MK4 + "=c2"), fixture.connectionsChanged, "the thing learns its new App Connection");
    }

    @Test
    void theTokenIsCheckedWhereTheThingWillUseIt() throws Exception {
        Thing mk4 = fixture.openhab.addPrinter("mk4", "Workshop MK4", GONE, true, OLD_TOKEN, "Prusa MK4");
        mk4.getConfiguration().put("baseUrl", "https://octoeverywhere.invalid");
        ContentResponse answer = fixture.callback(fixture.connect("?thing=" + MK4),
                fixture.connected(NEW_TOKEN, "c2", "Prusa MK4"));
        assertEquals(502, answer.getStatus(), "the thing's own API address does not answer");
        assertEquals(0, fixture.octoEverywhere.requestCount(OctoEverywhereServer.INFO_PATH));
        fixture.openhab.assertNoResult();
    }

    @Test
    void aThingThatNeverConnectedTakesAnyTokenOctoEverywhereKnows() throws Exception {
        fixture.openhab.addPrinter("mk4", "Workshop MK4", status(ThingStatus.OFFLINE,
                ThingStatusDetail.CONFIGURATION_ERROR, "@text/offline.config-error.token-malformed"), true, "typo");
        fixture.follow(fixture.callback(fixture.connect("?thing=" + MK4), fixture.connected(NEW_TOKEN, "c2", "Any")));
        assertEquals(new ThingUID(MK4), fixture.openhab.awaitOneResult().getThingUID());
    }

    @Test
    void aConnectedThingIsOfferedNoReconnect() throws Exception {
        fixture.openhab.addPrinter("mk4", "Workshop <MK4>", ONLINE, true, OLD_TOKEN, "Prusa MK4");
        ContentResponse refused = fixture.get(ConnectPaths.CONNECT + "?thing=" + MK4);
        assertEquals(409, refused.getStatus());
        assertTrue(refused.getContentAsString().contains("Workshop &lt;MK4&gt; is connected"),
                refused.getContentAsString());
        assertNull(refused.getHeaders().get(HttpHeader.SET_COOKIE), "no round trip started");
        assertFalse(fixture.get("/octoeverywhere").getContentAsString().contains("?thing="), "no Reconnect button");
    }

    @Test
    void aReconnectAsksThePortalForTheThingsOwnPrinter() throws Exception {
        Thing mk4 = fixture.openhab.addPrinter("mk4", "Workshop MK4", GONE, true, OLD_TOKEN, "Prusa MK4");
        org.mockito.Mockito.when(mk4.getProperties())
                .thenReturn(Map.of("printerName", "Prusa MK4", "printerId", "p-42"));
        URI portal = fixture.connect("?thing=" + MK4).portal();
        assertEquals("p-42", query(portal.getRawQuery()).get("printerId"));
        assertNull(query(fixture.connect().portal().getRawQuery()).get("printerId"), "a new printer: the user picks");
    }

    @Test
    void aNewPrinterWhoseIdIsAnExistingThingsGetsAUidOfItsOwn() throws Exception {
        Thing mk4 = fixture.openhab.addPrinter("mk4", "Workshop MK4", ONLINE, true, OLD_TOKEN, "Prusa MK4");
        fixture.follow(fixture.callback(fixture.connect(), fixture.connected(NEW_TOKEN, "mk4", "Neighbour's Voron")));
        DiscoveryResult first = fixture.openhab.awaitOneResult();
        assertEquals(new ThingUID("octoeverywhere:printer:mk4_2"), first.getThingUID());
        assertEquals("Neighbour's Voron", first.getLabel());
        assertEquals(OLD_TOKEN, mk4.getConfiguration().get("appToken"));

        // An entry waiting in the Inbox is not taken over either.
        fixture.follow(fixture.callback(fixture.connect(), fixture.connected(NEW_TOKEN + "2", "mk4", "Another")));
        assertEquals(
                List.of(new ThingUID("octoeverywhere:printer:mk4_2"), new ThingUID("octoeverywhere:printer:mk4_3")),
                fixture.openhab.waiting.stream().map(DiscoveryResult::getThingUID).toList());
        assertEquals(NEW_TOKEN, fixture.openhab.waiting.get(0).getProperties().get("appToken"));
    }

    @Test
    void anUnknownTokenNeverReachesTheInbox() throws Exception {
        ContentResponse answer = fixture.callback(fixture.connect(), success(FORGED_TOKEN, "abc", "Free Printer"));
        assertEquals(403, answer.getStatus());
        assertFalse(answer.getContentAsString().contains("Free Printer"));
        fixture.openhab.assertNoResult();
        assertEquals(FORGED_TOKEN, fixture.octoEverywhere.requests().get(0).header("AppToken"));
    }

    @Test
    void aHundredForgedReturnsLeaveTheInboxAndMemoryAsTheyWereAndTheOwnersRoundTripStillEnds() throws Exception {
        ConnectFixture.Started owner = fixture.connect();
        int refusedAtOnce = 0;
        for (int i = 0; i < 100; i++) {
            ContentResponse answer = fixture.callback(fixture.connect(),
                    success(FORGED_TOKEN + i, "id" + i, "Printer " + i));
            if (answer.getStatus() == 429) {
                refusedAtOnce++;
            } else {
                assertEquals(403, answer.getStatus());
            }
        }
        assertEquals(100 - PortalReturn.RETURNS_PER_MINUTE, refusedAtOnce);
        assertEquals(PortalReturn.RETURNS_PER_MINUTE,
                fixture.octoEverywhere.requestCount(OctoEverywhereServer.INFO_PATH),
                "OctoEverywhere was asked at most the limit");
        fixture.openhab.assertNoResult();
        assertEquals(List.of(), fixture.openhab.waiting);
        assertEquals(0, fixture.servlet.entriesInMemory());

        ContentResponse busy = fixture.callback(owner, fixture.connected(NEW_TOKEN, "mine", "My MK4"));
        assertEquals(429, busy.getStatus());
        assertTrue(busy.getContentAsString().contains("Wait a minute, then reload this page."));
        fixture.advance(Duration.ofMinutes(1));
        fixture.follow(fixture.callback(owner, fixture.connected(NEW_TOKEN, "mine", "My MK4")));
        assertEquals(new ThingUID("octoeverywhere:printer:mine"), fixture.openhab.awaitOneResult().getThingUID());
    }

    @Test
    void twoRoundTripsInOneBrowserBothEnd() throws Exception {
        ConnectFixture.Started first = fixture.connect();
        ConnectFixture.Started second = fixture.connect("", first.cookie());
        fixture.follow(fixture.callback(second, fixture.connected(NEW_TOKEN, "two", "Voron")));
        fixture.follow(fixture.callback(first, fixture.connected(NEW_TOKEN + "1", "one", "MK4")));
        assertEquals(List.of(new ThingUID("octoeverywhere:printer:two"), new ThingUID("octoeverywhere:printer:one")),
                fixture.openhab.waiting.stream().map(DiscoveryResult::getThingUID).toList());
    }

    @Test
    void aReturnOctoEverywhereCannotConfirmChangesNothingAndMayBeReloaded() throws Exception {
        ConnectFixture.Started started = fixture.connect();
        Map<String, String> parameters = fixture.connected(NEW_TOKEN, "abc", "MK4");
        fixture.octoEverywhere.respondOnce(OctoEverywhereServer.INFO_PATH, ScriptedResponse.json(500, "{}"),
                ScriptedResponse.json(601, "{\"Status\":601}"), ScriptedResponse.closeConnection());
        for (String expected : List.of("(code 500)", "(code 601)", "did not answer")) {
            ContentResponse answer = fixture.callback(started, parameters);
            assertEquals(502, answer.getStatus());
            assertTrue(answer.getContentAsString().contains(expected), answer.getContentAsString());
            assertTrue(answer.getContentAsString().contains("Nothing was changed."));
        }
        fixture.openhab.assertNoResult();
        fixture.follow(fixture.callback(started, parameters));
        assertEquals(new ThingUID("octoeverywhere:printer:abc"), fixture.openhab.awaitOneResult().getThingUID());
    }

    @Test
    void returnsWaitForOctoEverywhereWithoutHoldingServerThreads() throws Exception {
        int idle = fixture.server.busyThreads();
        fixture.octoEverywhere.delay(Duration.ofSeconds(1));
        List<CompletableFuture<ContentResponse>> returns = new ArrayList<>();
        // A browser each: the default async pool may run one task at a time (it does on two cores with JDK 25).
        ExecutorService browsers = Executors.newFixedThreadPool(20);
        try {
            for (int i = 0; i < 20; i++) {
                ConnectFixture.Started started = fixture.connect();
                Map<String, String> parameters = fixture.connected(NEW_TOKEN + i, "slow" + i, "MK4 " + i);
                returns.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return fixture.callback(started, parameters);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, browsers));
            }
            fixture.octoEverywhere.awaitRequests(20, Duration.ofSeconds(5));
            int busy = fixture.server.busyThreads();
            for (CompletableFuture<ContentResponse> answer : returns) {
                assertEquals(303, answer.get(10, TimeUnit.SECONDS).getStatus());
            }
            // A few may be busy with other work of the server (Jetty 12 keeps some reserved); 20 would be one a return.
            assertTrue(busy <= idle + 5, "20 returns waiting, " + busy + " threads busy, " + idle + " when idle");
        } finally {
            browsers.shutdownNow();
        }
    }
}
