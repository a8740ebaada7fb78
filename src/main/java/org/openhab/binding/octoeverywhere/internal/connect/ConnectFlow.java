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

import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.THING_TYPE_PRINTER;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.AppPortal;
import org.openhab.binding.octoeverywhere.internal.api.PortalCompletion;
import org.openhab.binding.octoeverywhere.internal.connect.ConnectResults.InInbox;
import org.openhab.binding.octoeverywhere.internal.connect.ConnectResults.Outcome;
import org.openhab.binding.octoeverywhere.internal.connect.ConnectResults.PasteToken;
import org.openhab.binding.octoeverywhere.internal.connect.ConnectResults.Updated;
import org.openhab.binding.octoeverywhere.internal.connect.ConnectStates.Started;
import org.openhab.binding.octoeverywhere.internal.connect.PrinterThings.Printer;
import org.openhab.core.thing.ThingUID;

/**
 * The steps of the set-up pages, each from a checked query to an {@link Answer}: the page with the printer things, the
 * start of a round trip to the App Connection Portal, its return, and the page with the result.
 */
@NonNullByDefault
final class ConnectFlow {
    static final int MAX_THING_ID_LENGTH = 64;

    private final PrinterThings printers;
    private final ConnectDiscoveryService discovery;
    private final ConnectStates states;
    private final ConnectResults results;
    private final ConnectPages pages;
    private final Supplier<String> appId;

    ConnectFlow(
            PrinterThings printers,
            ConnectDiscoveryService discovery,
            ConnectStates states,
            ConnectResults results,
            ConnectPages pages,
            Supplier<String> appId) {
        this.printers = printers;
        this.discovery = discovery;
        this.states = states;
        this.results = results;
        this.pages = pages;
        this.appId = appId;
    }

    /** The set-up page. It starts nothing: only {@link #start} makes a state. */
    Answer setup(String base) {
        return Answer.page(200, pages.setup(printers.all(), base), "200, the set-up page");
    }

    /**
     * Starts a round trip to the portal: a new state, set as this browser's cookie, and the portal's address.
     *
     * @param callbackUrl the address the portal returns to, on the scheme, host and port this browser used; null
     *            when those cannot make an address
     */
    Answer start(Map<String, String> query, String base, @Nullable String callbackUrl) {
        String thing = query.get(ConnectPaths.THING_PARAMETER);
        ThingUID reconnect = null;
        if (thing != null) {
            try {
                reconnect = new ThingUID(thing);
            } catch (IllegalArgumentException e) {
                return refused(400, pages.text("connect.page.refused.bad-request"), base, "not a thing UID");
            }
            if (printers.get(reconnect) == null) {
                return refused(
                        404, pages.text("connect.page.refused.unknown-thing", thing), base, "no such printer thing");
            }
        }
        if (callbackUrl == null) {
            return refused(400, pages.text("connect.page.refused.bad-host"), base, "no usable return address");
        }
        String state = states.start(reconnect);
        String portal = AppPortal.url(appId.get(), callbackUrl + "?" + ConnectPaths.STATE_PARAMETER + "=" + state);
        return Answer.redirect(
                        portal,
                        "303 to the App Connection Portal, for " + (reconnect == null ? "a new printer" : reconnect))
                .withCookie(state);
    }

    /**
     * The portal's return: checks that this browser started the round trip, then puts the new App Connection into
     * the Inbox (or keeps the token to show once) and sends the browser on to the result page, whose address holds no
     * token.
     *
     * @param cookies the values of this browser's state cookies
     */
    Answer finish(Map<String, String> query, String base, Collection<String> cookies) {
        Map<String, String> parameters = withQueryAfterState(query);
        String state = parameters.get(ConnectPaths.STATE_PARAMETER);
        Started started = state == null ? null : states.finish(state, cookies);
        if (started == null) {
            return Answer.page(
                    400,
                    pages.message(
                            pages.text("connect.page.invalid.title"),
                            pages.text("connect.page.invalid.text"),
                            Html.EMPTY,
                            Html.EMPTY,
                            base),
                    "400, an unknown, used, expired or other browser's state: nothing done");
        }
        PortalCompletion completion = PortalCompletion.of(parameters);
        String token = completion.appToken();
        String connectionId = completion.connectionId();
        if (!completion.success() || token == null || connectionId == null) {
            String reason = completion.reason();
            Html extra = reason == null ? Html.EMPTY : pages.note(pages.text("connect.page.failed.reason", reason));
            String text = completion.success()
                    ? pages.text("connect.page.failed.incomplete")
                    : pages.text("connect.page.failed.text");
            return Answer.page(
                            200,
                            pages.message(pages.text("connect.page.failed.title"), text, extra, Html.EMPTY, base),
                            completion.success()
                                    ? "200, the portal's answer lacked a usable token or id: nothing done"
                                    : "200, the portal did not finish: nothing done")
                    .withCookie("");
        }
        ThingUID reconnect = started.reconnect();
        ThingUID thingUID = reconnect != null ? reconnect : new ThingUID(THING_TYPE_PRINTER, thingId(connectionId));
        String printerName = completion.printerName();
        String name = printerName != null ? printerName : pages.text("connect.page.result.unnamed");
        Printer existing = printers.get(thingUID);
        Outcome outcome;
        String done;
        if (existing == null) {
            discovery.connected(thingUID, name, completion, token, connectionId);
            outcome = new InInbox(thingUID, name);
            done = thingUID + " is in the Inbox";
        } else if (printers.isManaged(thingUID)) {
            // openHAB's Inbox writes the token into the existing thing's configuration, without an approval.
            discovery.connected(thingUID, existing.label(), completion, token, connectionId);
            outcome = new Updated(thingUID, existing.label());
            done = thingUID + " got its new token through the Inbox";
        } else {
            // openHAB's Inbox drops results of things from .things files: the user has to paste the token.
            outcome = new PasteToken(thingUID, existing.label(), token);
            done = thingUID + " is in a .things file: its new token is shown once";
        }
        String id = results.add(outcome);
        return Answer.redirect(base + ConnectPaths.result(id), "303 to the result page, " + done)
                .withCookie("");
    }

    /** The result page: shows a token once only. */
    Answer result(Map<String, String> query, String base) {
        String id = query.get(ConnectPaths.RESULT_PARAMETER);
        Outcome outcome = id == null ? null : results.show(id);
        if (outcome instanceof InInbox inbox) {
            return Answer.page(
                    200,
                    pages.message(
                            pages.text("connect.page.inbox.title"),
                            pages.text("connect.page.inbox.text", inbox.printerName()),
                            Html.EMPTY,
                            pages.link(ConnectPaths.INBOX, pages.text("connect.page.inbox.open")),
                            base),
                    "200, result: " + inbox.thingUID() + " is in the Inbox");
        } else if (outcome instanceof Updated updated) {
            return Answer.page(
                    200,
                    pages.message(
                            pages.text("connect.page.updated.title"),
                            pages.text("connect.page.updated.text", updated.thingLabel()),
                            Html.EMPTY,
                            pages.link(ConnectPaths.thing(updated.thingUID()), pages.text("connect.page.updated.open")),
                            base),
                    "200, result: " + updated.thingUID() + " has its new token");
        } else if (outcome instanceof PasteToken paste) {
            return Answer.page(
                    200,
                    pages.message(
                            pages.text("connect.page.paste.title", paste.thingLabel()),
                            pages.text(
                                    "connect.page.paste.text", paste.thingUID().getAsString()),
                            pages.paste("appToken=\""
                                    + paste.token().replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
                            Html.EMPTY,
                            base),
                    "200, result: the new token of " + paste.thingUID() + " shown, and forgotten");
        }
        return Answer.page(
                404,
                pages.message(
                        pages.text("connect.page.gone.title"),
                        pages.text("connect.page.gone.text"),
                        Html.EMPTY,
                        Html.EMPTY,
                        base),
                "404, no such result (any more)");
    }

    /** The text of the key in openHAB's language. */
    String text(String key, Object... arguments) {
        return pages.text(key, arguments);
    }

    /** A request that is refused: 400, 404 or 405. */
    Answer refused(int status, String text, String base, String why) {
        return Answer.page(
                status,
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

    /**
     * The query, also when the portal appended its parameters with a second {@code ?} to the return address, which
     * already has one: then the state's value ends at that {@code ?} and the rest is read as a query of its own.
     *
     * @throws BadQueryException when that rest is not a valid query or repeats a key
     */
    private static Map<String, String> withQueryAfterState(Map<String, String> query) {
        String state = query.get(ConnectPaths.STATE_PARAMETER);
        int mark = state == null ? -1 : state.indexOf('?');
        if (state == null || mark < 0) {
            return query;
        }
        Map<String, String> all = new HashMap<>(query);
        all.put(ConnectPaths.STATE_PARAMETER, state.substring(0, mark));
        for (Map.Entry<String, String> rest :
                QueryParameters.parse(state.substring(mark + 1)).entrySet()) {
            if (all.put(rest.getKey(), rest.getValue()) != null) {
                throw BadQueryException.repeatedKey();
            }
        }
        return all;
    }
}
