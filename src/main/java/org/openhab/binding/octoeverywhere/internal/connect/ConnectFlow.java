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

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.AppPortal;
import org.openhab.binding.octoeverywhere.internal.connect.ConnectResults.InInbox;
import org.openhab.binding.octoeverywhere.internal.connect.ConnectResults.Outcome;
import org.openhab.binding.octoeverywhere.internal.connect.ConnectResults.PasteToken;
import org.openhab.binding.octoeverywhere.internal.connect.ConnectResults.Updated;
import org.openhab.binding.octoeverywhere.internal.discovery.PrinterThings;
import org.openhab.binding.octoeverywhere.internal.discovery.PrinterThings.Printer;
import org.openhab.binding.octoeverywhere.internal.web.Answer;
import org.openhab.binding.octoeverywhere.internal.web.Html;
import org.openhab.core.thing.ThingUID;

/**
 * The steps of the set-up pages, each from a checked query to an {@link Answer}: the page with the printer things, the
 * start of a round trip to the App Connection Portal and the page with its result. Its return is the
 * {@link PortalReturn}'s.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ConnectFlow {
    static final int MAX_THING_ID_LENGTH = 64;

    private final PrinterThings printers;
    private final RoundTrips roundTrips;
    private final ConnectResults results;
    private final ConnectPages pages;
    private final Supplier<String> appId;

    ConnectFlow(PrinterThings printers, RoundTrips roundTrips, ConnectResults results, ConnectPages pages,
            Supplier<String> appId) {
        this.printers = printers;
        this.roundTrips = roundTrips;
        this.results = results;
        this.pages = pages;
        this.appId = appId;
    }

    /** The set-up page. It starts nothing: only {@link #start} makes a state. */
    Answer setup(String base) {
        return Answer.page(200, pages.setup(printers.all(), printers.waiting(), appId.get(), base),
                "200, the set-up page");
    }

    /**
     * Starts a round trip to the portal: a new state, bound to this browser's key, and the portal's address. A thing is
     * reconnected only when its token is dead or never worked: a working thing's token is nobody's to replace here.
     *
     * @param cookies the browser keys this browser sent: a browser keeps its key, so that its round trips in other tabs
     *            go on
     * @param callbackUrl the address the portal returns to, on the scheme, host and port this browser used; null
     *            when those cannot make an address
     */
    Answer start(Map<String, String> query, String base, Collection<String> cookies, @Nullable String callbackUrl) {
        String thing = query.get(ConnectPaths.THING_PARAMETER);
        Printer reconnect = null;
        if (thing != null) {
            ThingUID uid;
            try {
                uid = new ThingUID(thing);
            } catch (IllegalArgumentException e) {
                return refused(400, pages.text("connect.page.refused.bad-request"), base, "not a thing UID");
            }
            reconnect = printers.get(uid);
            if (reconnect == null) {
                return refused(404, pages.text("connect.page.refused.unknown-thing", thing), base,
                        "no such printer thing");
            }
            if (!reconnect.reconnectable()) {
                return refused(409, pages.text("connect.page.refused.connected", reconnect.label()), base,
                        "the thing is connected: no reconnect");
            }
        }
        if (callbackUrl == null) {
            return refused(400, pages.text("connect.page.refused.bad-host"), base, "no usable return address");
        }
        String browserKey = roundTrips.browserKey(cookies);
        String state = roundTrips.start(browserKey, reconnect == null ? null : reconnect.uid());
        String portal = AppPortal.url(appId.get(), callbackUrl + "?" + ConnectPaths.STATE_PARAMETER + "=" + state,
                reconnect == null ? null : reconnect.printerId());
        return Answer.redirect(portal,
                "303 to the App Connection Portal, for " + (reconnect == null ? "a new printer" : reconnect.uid()))
                .withCookie(browserKey);
    }

    /**
     * The result page: shows a token once only, and a failed round trip as often as its browser asks.
     *
     * @param cookies the browser keys this browser sent
     */
    Answer result(Map<String, String> query, String base, Collection<String> cookies) {
        if (query.containsKey(FailedRoundTrip.FAILED_PARAMETER)) {
            FailedRoundTrip failed = FailedRoundTrip.read(query, roundTrips, cookies);
            return failed == null ? gone(base, "404, no failed round trip of this browser") : failed(failed, base);
        }
        String id = query.get(ConnectPaths.RESULT_PARAMETER);
        Outcome outcome = id == null ? null : results.show(id);
        if (outcome instanceof InInbox inbox) {
            return Answer.page(200,
                    pages.message(pages.text("connect.page.inbox.title"),
                            pages.text("connect.page.inbox.text", inbox.printerName()), Html.EMPTY,
                            pages.link(ConnectPaths.INBOX, pages.text("connect.page.inbox.open")), base),
                    "200, result: " + inbox.thingUID() + " is in the Inbox");
        } else if (outcome instanceof Updated updated) {
            return Answer.page(200, pages.message(pages.text("connect.page.updated.title"),
                    pages.text("connect.page.updated.text", updated.thingLabel()), Html.EMPTY,
                    pages.link(ConnectPaths.thing(updated.thingUID()), pages.text("connect.page.updated.open")), base),
                    "200, result: " + updated.thingUID() + " has its new token");
        } else if (outcome instanceof PasteToken paste) {
            return Answer.page(200, pages.message(pages.text("connect.page.paste.title", paste.thingLabel()),
                    pages.text("connect.page.paste.text", paste.thingUID().getAsString()),
                    pages.paste("appToken=\"" + paste.token().replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
                    Html.EMPTY, base), "200, result: the new token of " + paste.thingUID() + " shown, and forgotten");
        }
        return gone(base, "404, no such result (any more)");
    }

    private Answer failed(FailedRoundTrip failed, String base) {
        String reason = failed.reason();
        return Answer.page(200,
                pages.message(pages.text("connect.page.failed.title"),
                        pages.text(failed.incomplete() ? "connect.page.failed.incomplete" : "connect.page.failed.text"),
                        reason == null ? Html.EMPTY : pages.note(pages.text("connect.page.failed.reason", reason)),
                        pages.retry(failed.reconnect(), base), base),
                failed.incomplete() ? "200, result: the portal's answer lacked a usable token or id"
                        : "200, result: the portal did not finish");
    }

    private Answer gone(String base, String summary) {
        return Answer.page(404, pages.message(pages.text("connect.page.gone.title"),
                pages.text("connect.page.gone.text"), Html.EMPTY, Html.EMPTY, base), summary);
    }

    /** The text of the key in openHAB's language. */
    String text(String key, Object... arguments) {
        return pages.text(key, arguments);
    }

    /** A request that is refused: 400, 404 or 405. */
    Answer refused(int status, String text, String base, String why) {
        return Answer.page(status,
                pages.message(pages.text("connect.page.refused.title"), text, Html.EMPTY, Html.EMPTY, base),
                status + ", " + why);
    }

    /**
     * The thing id of a new App Connection: its id with every character a thing UID does not allow replaced, never
     * empty.
     */
    static String thingId(String connectionId) {
        String id = connectionId.replaceAll("[^A-Za-z0-9_-]", "_");
        if (id.length() > MAX_THING_ID_LENGTH) {
            id = id.substring(0, MAX_THING_ID_LENGTH);
        }
        return id.isEmpty() ? "printer" : id;
    }
}
