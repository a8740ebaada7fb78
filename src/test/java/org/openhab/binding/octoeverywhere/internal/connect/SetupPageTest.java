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
import static org.mockito.Mockito.*;
import static org.openhab.binding.octoeverywhere.internal.connect.ConnectFixture.*;
import static org.openhab.binding.octoeverywhere.internal.connect.OpenhabThings.*;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.config.discovery.DiscoveryResultFlag;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * The set-up page over real HTTP: the printers waiting in the Inbox and the printer things, each status in a word and a
 * colour, a Reconnect button where a new token helps, links into Main UI, in openHAB's language, and never a
 * configuration value.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class SetupPageTest extends AbstractConnectTest {
    private static final String TOKEN = "ConfiguredToken-0123456789";

    @Test
    void listsThePrinterThingsWithStatusAndReconnectButtons() throws Exception {
        fixture.openhab.addPrinter("mk4", "Workshop MK4", status(ThingStatus.ONLINE, ThingStatusDetail.NONE, null),
                true, TOKEN);
        fixture.openhab.addPrinter("voron", "Voron <2.4>", status(ThingStatus.OFFLINE,
                ThingStatusDetail.CONFIGURATION_ERROR, "@text/offline.config-error.token-invalid [\"604\"]"), false,
                TOKEN);
        fixture.openhab.addPrinter("old", "Old Ender",
                status(ThingStatus.UNINITIALIZED, ThingStatusDetail.DISABLED, null), true, TOKEN);
        fixture.openhab.addPrinter("busy", "Busy Bambu", status(ThingStatus.OFFLINE,
                ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error.error-code [\"600\"]"), true, TOKEN);
        fixture.openhab.addThing(new org.openhab.core.thing.ThingTypeUID("astro:sun"), "home", "The Sun",
                status(ThingStatus.ONLINE, ThingStatusDetail.NONE, null), true, "");

        ContentResponse response = fixture.get("/octoeverywhere");
        assertEquals(200, response.getStatus());
        assertEquals("text/html;charset=utf-8", String
                .valueOf(response.getMediaType() + ";charset=" + response.getEncoding()).toLowerCase(Locale.ROOT));
        String page = response.getContentAsString();
        assertTrue(page.contains("<meta name=\"viewport\""), page);
        assertTrue(page.contains("href=\"/octoeverywhere/connect\""), page);
        assertTrue(page.contains("Connect a printer"), page);
        assertTrue(page
                .contains("<a class=\"name\" href=\"/settings/things/octoeverywhere:printer:mk4\">Workshop MK4</a>\n"
                        + "<span class=\"badge ok\">Online</span>"),
                page);
        assertFalse(page.contains("connect?thing=octoeverywhere%3Aprinter%3Amk4"), "a connected thing keeps its token");
        assertTrue(page.contains("href=\"/octoeverywhere/connect?thing=octoeverywhere%3Aprinter%3Avoron\""), page);
        assertTrue(page.contains("<li class=\"printer gone\">\n<div class=\"about\">\n<a class=\"name\" "
                + "href=\"/settings/things/octoeverywhere:printer:voron\">Voron &lt;2.4&gt;</a>\n"
                + "<span class=\"badge bad\">Offline</span>"), page);
        assertTrue(page.contains("The App Connection is gone: reconnect to give this thing a new token."), page);
        assertTrue(page.contains(">Old Ender</a>\n<span class=\"badge disabled\">Disabled</span>"), page);
        assertTrue(page.contains(">Busy Bambu</a>\n<span class=\"badge warn\">Offline</span>"), page);
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
    void listsPrintersAndInboxEntriesByNameWhateverTheirCaseThenByUid() throws Exception {
        ThingStatusInfo online = status(ThingStatus.ONLINE, ThingStatusDetail.NONE, null);
        fixture.openhab.addPrinter("a", "Workshop", online, true, TOKEN);
        fixture.openhab.addPrinter("z2", "garage", online, true, TOKEN);
        fixture.openhab.addPrinter("z1", "garage", online, true, TOKEN);
        fixture.openhab.addInboxEntry("x", "Voron", "InboxToken-0123456789");
        fixture.openhab.addInboxEntry("y", "bambu", "InboxToken-0123456789");
        fixture.openhab.addInboxEntry("z", "Anker", "InboxToken-0123456789");
        String page = fixture.get("/octoeverywhere").getContentAsString();

        assertInOrder(page, "\"/settings/things/octoeverywhere:printer:z1\"",
                "\"/settings/things/octoeverywhere:printer:z2\"", "\"/settings/things/octoeverywhere:printer:a\"");
        assertInOrder(page, ">Anker<", ">bambu<", ">Voron<");
    }

    private static void assertInOrder(String page, String... parts) {
        List<Integer> positions = Stream.of(parts).map(page::indexOf).toList();
        assertFalse(positions.contains(-1), "each on the page: " + positions);
        assertEquals(positions.stream().sorted().toList(), positions, String.join(", ", parts));
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
        fixture.openhab.addPrinter("mk4", "MK4", status(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
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

    @Test
    void listsThePrintersWaitingInTheInboxFirstWithALinkToItAndNoTokenOrProperty() throws Exception {
        fixture.openhab.addPrinter("mk4", "Workshop MK4", status(ThingStatus.ONLINE, ThingStatusDetail.NONE, null),
                true, TOKEN);
        fixture.openhab.addInboxEntry("voron", "Voron 2.4", "InboxToken-0123456789");
        fixture.openhab.addInboxEntry("bambu", "<b>Bambu</b> \"X1\"", "InboxToken-9876543210");
        DiscoveryResult ignored = mock(DiscoveryResult.class);
        when(ignored.getThingUID()).thenReturn(new ThingUID("octoeverywhere:printer:ignored"));
        when(ignored.getThingTypeUID()).thenReturn(OctoEverywhereBindingConstants.THING_TYPE_PRINTER);
        when(ignored.getLabel()).thenReturn("Ignored Printer");
        when(ignored.getFlag()).thenReturn(DiscoveryResultFlag.IGNORED);
        fixture.openhab.waiting.add(ignored);
        fixture.openhab.waiting.add(DiscoveryResultBuilder.create(new ThingUID("astro:sun:home"))
                .withThingType(new ThingTypeUID("astro:sun")).withLabel("The Sun").build());

        String page = fixture.get("/octoeverywhere").getContentAsString();
        assertEquals(2, count(page, "<span class=\"badge inbox\">In the Inbox</span>"), page);
        assertEquals(2, count(page, "Waiting in the Inbox: approve it there to create its thing."), page);
        assertTrue(page.contains("<li class=\"printer waiting\">\n<div class=\"about\">\n<a class=\"name\" "
                + "href=\"/settings/things/inbox\">Voron 2.4</a>"), page);
        assertTrue(page.contains(">&lt;b&gt;Bambu&lt;/b&gt; &quot;X1&quot;</a>"), page);
        assertEquals(2, count(page, "<a class=\"button primary\" href=\"/settings/things/inbox\">Open the Inbox</a>"),
                page);
        assertTrue(page.indexOf("Bambu") < page.indexOf("Voron") && page.indexOf("Voron") < page.indexOf("Workshop"),
                "waiting first, each by label");
        assertFalse(page.contains("Ignored Printer"), "ignored, as Main UI's Inbox hides it");
        assertFalse(page.contains("The Sun"), "only printers");
        assertFalse(page.contains("There is no printer thing yet."), page);
        for (String secret : List.of("InboxToken", TOKEN, "connection-voron", "192.168.1.50", "Printer voron",
                "/view/")) {
            assertFalse(page.contains(secret), "no property or configuration value: " + secret);
        }
    }

    @Test
    void aPrinterJustConnectedIsListedAsWaitingInTheInbox() throws Exception {
        String token = "NewToken-0123456789abcdef";
        ContentResponse connected = fixture
                .follow(fixture.callback(fixture.connect(), fixture.connected(token, "abc", "Prusa MK4")));
        assertTrue(connected.getContentAsString().contains("Prusa MK4 is in the Inbox."));
        fixture.openhab.awaitOneResult();

        String page = fixture.get("/octoeverywhere").getContentAsString();
        assertFalse(page.contains("There is no printer thing yet."), page);
        assertTrue(page.contains("href=\"/settings/things/inbox\">Prusa MK4</a>\n<span class=\"badge inbox\">"), page);
        assertFalse(fixture.everythingSent().contains(token));
        fixture.log.assertNoLineContains(token);
    }

    @ParameterizedTest
    @CsvSource({ "ONLINE, NONE, ok, Online", "OFFLINE, CONFIGURATION_ERROR, bad, Offline",
            "OFFLINE, COMMUNICATION_ERROR, warn, Offline", "OFFLINE, GONE, warn, Offline",
            "UNKNOWN, NONE, neutral, Unknown", "INITIALIZING, NONE, neutral, Initializing",
            "UNINITIALIZED, HANDLER_INITIALIZING_ERROR, neutral, Not initialized",
            "UNINITIALIZED, DISABLED, disabled, Disabled", "REMOVING, NONE, neutral, Being removed" })
    void eachStatusIsSaidInAWordOnABadgeOfItsColour(ThingStatus status, ThingStatusDetail detail, String tone,
            String word) throws Exception {
        fixture.openhab.addPrinter("p", "Printer", status(status, detail, null), true, TOKEN);
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
        fixture.openhab.addPrinter("long", hostile, status(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.token-invalid [\"604\"]"), true, TOKEN);
        fixture.openhab.addInboxEntry("inbox", hostile + "2", "InboxToken-0123456789");
        String page = fixture.get("/octoeverywhere").getContentAsString();
        String escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;" + "W".repeat(280)
                + "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
        assertEquals(2, count(page, escaped), page);
        assertFalse(page.contains("<script") || page.contains("<img"), page);
        // An unbroken name breaks anywhere, and a flex item may shrink below its content's width.
        assertTrue(page.contains("overflow-wrap: anywhere;"), page);
        assertTrue(page.contains(".printer .about { flex: 1 1 14rem; min-width: 0; }"), page);

        ContentResponse refused = fixture
                .get(ConnectPaths.CONNECT + "?thing=octoeverywhere:printer:" + "x".repeat(300));
        assertEquals(404, refused.getStatus());
        assertTrue(refused.getContentAsString().contains("overflow-wrap: anywhere;"), "every page wraps");
    }

    @Test
    void linksIntoMainUi() throws Exception {
        fixture.openhab.addPrinter("mk4", "MK4", status(ThingStatus.ONLINE, ThingStatusDetail.NONE, null), true, TOKEN);
        fixture.openhab.addInboxEntry("voron", "Voron", "InboxToken-0123456789");
        String page = fixture.get("/octoeverywhere").getContentAsString();
        assertTrue(page.contains("href=\"/settings/things/octoeverywhere:printer:mk4\">MK4</a>"), page);
        assertTrue(page.contains("href=\"/settings/things/inbox\">Voron</a>"), page);
        assertTrue(
                page.contains("The portal opens with the app id devtest. <a "
                        + "href=\"/settings/addons/binding-octoeverywhere\">Change it in the add-on settings</a>"),
                page);

        fixture.servlet.modified(java.util.Map.of("appId", "openhab-<app>"));
        assertTrue(fixture.get("/octoeverywhere").getContentAsString().contains("app id openhab-&lt;app&gt;."));
    }

    @Test
    void theAddonSettingsAreWhereMainUiListsTheAddon() {
        assertEquals("/settings/addons/jar:binding-octoeverywhere",
                ConnectPaths.addonSettings("file:/usr/share/openhab/addons/org.openhab.binding.octoeverywhere.jar"));
        assertEquals("/settings/addons/binding-octoeverywhere",
                ConnectPaths.addonSettings("mvn:org.openhab.addons.bundles/org.openhab.binding.octoeverywhere/1.0.0"));
        assertEquals("/settings/addons/binding-octoeverywhere", ConnectPaths.addonSettings(null));
    }

    @Test
    void theNewTextsSpeakGerman() throws Exception {
        fixture.locale = Locale.GERMAN;
        fixture.openhab.addPrinter("mk4", "MK4", status(ThingStatus.ONLINE, ThingStatusDetail.NONE, null), true, TOKEN);
        fixture.openhab.addInboxEntry("voron", "Voron", "InboxToken-0123456789");
        String page = fixture.get("/octoeverywhere").getContentAsString();
        assertTrue(page.contains("<h2>Drucker</h2>"), page);
        assertTrue(page.contains("<span class=\"badge inbox\">Im Eingang</span>"), page);
        assertTrue(page.contains("Wartet im Eingang: Fügen Sie ihn dort als Thing hinzu."), page);
        assertTrue(page.contains(">Eingang öffnen</a>"), page);
        assertTrue(page.contains("Das Portal wird mit der App-ID devtest geöffnet."), page);
        assertTrue(page.contains(">In den Add-on-Einstellungen ändern</a>"), page);
        assertFalse(page.contains("connect.page."), page);

        ConnectFixture.Started started = fixture.connect();
        String failed = fixture.follow(fixture.callback(started, java.util.Map.of("success", "false")), started)
                .getContentAsString();
        assertTrue(failed.contains(">Erneut versuchen</a>"), failed);
        assertTrue(failed.contains("<h1>Nicht verbunden</h1>"), failed);
    }
}
