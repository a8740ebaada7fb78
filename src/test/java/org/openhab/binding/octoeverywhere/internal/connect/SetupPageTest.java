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

import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * The set-up page over real HTTP: the printer things with their status and a Reconnect button each, in openHAB's
 * language, and never a configuration value.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class SetupPageTest extends AbstractConnectTest {
    private static final String TOKEN = "ConfiguredToken-0123456789";

    @Test
    void listsThePrinterThingsWithStatusAndReconnectButtons() throws Exception {
        fixture.addPrinter("mk4", "Workshop MK4", status(ThingStatus.ONLINE, ThingStatusDetail.NONE, null), true,
                TOKEN);
        fixture.addPrinter("voron", "Voron <2.4>", status(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.token-invalid [\"604\"]"), false, TOKEN);
        fixture.addPrinter("old", "Old Ender", status(ThingStatus.UNINITIALIZED, ThingStatusDetail.DISABLED, null),
                true, TOKEN);
        fixture.addPrinter("busy", "Busy Bambu", status(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.comm-error.error-code [\"600\"]"), true, TOKEN);
        fixture.addThing(new org.openhab.core.thing.ThingTypeUID("astro:sun"), "home", "The Sun",
                status(ThingStatus.ONLINE, ThingStatusDetail.NONE, null), true, "");

        ContentResponse response = fixture.get("/octoeverywhere");
        assertEquals(200, response.getStatus());
        assertEquals("text/html;charset=utf-8", String
                .valueOf(response.getMediaType() + ";charset=" + response.getEncoding()).toLowerCase(Locale.ROOT));
        String page = response.getContentAsString();
        assertTrue(page.contains("<meta name=\"viewport\""), page);
        assertTrue(page.contains("href=\"/octoeverywhere/connect\""), page);
        assertTrue(page.contains("Connect a printer"), page);
        assertTrue(
                page.contains(
                        "<strong class=\"name\">Workshop MK4</strong>\n" + "<span class=\"badge ok\">Online</span>"),
                page);
        assertFalse(page.contains("connect?thing=octoeverywhere%3Aprinter%3Amk4"), "a connected thing keeps its token");
        assertTrue(page.contains("href=\"/octoeverywhere/connect?thing=octoeverywhere%3Aprinter%3Avoron\""), page);
        assertTrue(page.contains("<li class=\"printer gone\">\n<div class=\"about\">\n<strong class=\"name\">"
                + "Voron &lt;2.4&gt;</strong>\n" + "<span class=\"badge bad\">Offline</span>"), page);
        assertTrue(page.contains("The App Connection is gone: reconnect to give this thing a new token."), page);
        assertTrue(page.contains(">Old Ender</strong>\n<span class=\"badge disabled\">Disabled</span>"), page);
        assertTrue(page.contains(">Busy Bambu</strong>\n<span class=\"badge warn\">Offline</span>"), page);
        assertTrue(page.contains("OctoEverywhere answered with code 600. Retrying."), page);
        assertEquals(1, count(page, "class=\"printer gone\""));
        assertEquals(3, count(page, ">Reconnect</a>"), "the gone thing and the two that never connected");
        assertFalse(page.contains("The Sun"), "only printer things");
        assertTrue(page.indexOf("Busy Bambu") < page.indexOf("Old Ender")
                && page.indexOf("Old Ender") < page.indexOf("Voron"), "by label");
        assertFalse(page.contains(TOKEN), "never a configuration value");
        assertFalse(page.contains("<script"), "no script");
        assertFalse(page.contains("http://") || page.contains("https://"), "nothing loaded from elsewhere");
    }

    @Test
    void aPageViewStartsNoRoundTrip() throws Exception {
        ContentResponse response = fixture.get("/octoeverywhere/");
        assertEquals(200, response.getStatus());
        assertNull(response.getHeaders().get(HttpHeader.SET_COOKIE));
        assertTrue(response.getContentAsString().contains("There is no printer thing yet."));
    }

    @Test
    void speaksOpenHabsLanguage() throws Exception {
        fixture.locale = Locale.GERMAN;
        fixture.addPrinter("mk4", "MK4", status(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.token-invalid [\"604\"]"), true, TOKEN);
        String page = fixture.get("/octoeverywhere").getContentAsString();
        assertTrue(page.contains("<html lang=\"de\">"), page);
        assertTrue(page.contains("Drucker verbinden"), page);
        assertTrue(page.contains(">Neu verbinden</a>"), page);
        assertTrue(page.contains("im Eingang von openHAB"), page);
        assertFalse(page.contains("connect.page."), "every text translated");

        ConnectFixture.Started started = fixture.connect();
        ContentResponse failed = fixture.follow(
                fixture.callback(started, java.util.Map.of("success", "false", "message", "l'erreur")), started);
        assertTrue(failed.getContentAsString().contains("Das Portal meldete: l&#39;erreur"),
                failed.getContentAsString());
    }

    @Test
    void everyTextIsTranslatedInEnglish() throws Exception {
        for (String path : List.of("/octoeverywhere", "/octoeverywhere/result?r=x", "/octoeverywhere/connected")) {
            String page = fixture.get(path).getContentAsString();
            assertFalse(page.contains("connect.page."), path + ": " + page);
            assertTrue(page.contains("<html lang=\"en\">"), page);
        }
    }

    @ParameterizedTest
    @CsvSource({ "ONLINE, NONE, ok, Online", "OFFLINE, CONFIGURATION_ERROR, bad, Offline",
            "OFFLINE, COMMUNICATION_ERROR, warn, Offline", "OFFLINE, GONE, warn, Offline",
            "UNKNOWN, NONE, neutral, Unknown", "INITIALIZING, NONE, neutral, Initializing",
            "UNINITIALIZED, HANDLER_INITIALIZING_ERROR, neutral, Not initialized",
            "UNINITIALIZED, DISABLED, disabled, Disabled", "REMOVING, NONE, neutral, Being removed" })
    void eachStatusIsSaidInAWordOnABadgeOfItsColour(ThingStatus status, ThingStatusDetail detail, String tone,
            String word) throws Exception {
        fixture.addPrinter("p", "Printer", status(status, detail, null), true, TOKEN);
        String page = fixture.get("/octoeverywhere").getContentAsString();
        assertTrue(page.contains("<span class=\"badge " + tone + "\">" + word + "</span>"), page);
        assertTrue(
                page.contains(".badge." + tone + " { color: var(--" + tone + "); background: var(--" + tone + "-bg);"),
                "the layout colours it");
    }

    @Test
    void theLayoutColoursEveryToneInLightAndDarkMode() throws Exception {
        String page = fixture.get("/octoeverywhere").getContentAsString();
        String dark = page.substring(page.indexOf("@media (prefers-color-scheme: dark)"));
        String light = page.substring(0, page.indexOf("@media (prefers-color-scheme: dark)"));
        for (String colour : List.of("--bg", "--text", "--muted", "--link", "--accent", "--text-on-accent", "--gone",
                "--ok", "--ok-bg", "--bad", "--bad-bg", "--warn", "--warn-bg", "--neutral", "--neutral-bg",
                "--disabled", "--disabled-bg", "--inbox", "--inbox-bg")) {
            assertTrue(light.contains(colour + ": #"), "light " + colour);
            assertTrue(dark.contains(colour + ": #"), "dark " + colour);
        }
    }

    @Test
    void longAndHostileNamesAreEscapedAndWrapInsteadOfWideningThePage() throws Exception {
        String hostile = "<script>alert(\"x\")</script>'" + "W".repeat(280) + "\"><img src=x onerror=alert(1)>";
        assertTrue(hostile.length() > 300);
        fixture.addPrinter("long", hostile, status(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.token-invalid [\"604\"]"), true, TOKEN);
        String page = fixture.get("/octoeverywhere").getContentAsString();
        String escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;" + "W".repeat(280)
                + "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
        assertEquals(1, count(page, escaped), page);
        assertFalse(page.contains("<script") || page.contains("<img"), page);
        // An unbroken name breaks anywhere, and a flex item may shrink below its content's width.
        assertTrue(page.contains("overflow-wrap: anywhere;"), page);
        assertTrue(page.contains(".printer .about { flex: 1 1 14rem; min-width: 0; }"), page);

        ContentResponse refused = fixture
                .get(ConnectPaths.CONNECT + "?thing=octoeverywhere:printer:" + "x".repeat(300));
        assertEquals(404, refused.getStatus());
        assertTrue(refused.getContentAsString().contains("overflow-wrap: anywhere;"), "every page wraps");
    }
}
