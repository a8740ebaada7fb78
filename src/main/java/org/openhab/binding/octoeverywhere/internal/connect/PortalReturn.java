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

import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.RateLimit;
import org.openhab.binding.octoeverywhere.internal.api.ApiError;
import org.openhab.binding.octoeverywhere.internal.api.AppConnectionInfo;
import org.openhab.binding.octoeverywhere.internal.api.Failures;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;
import org.openhab.binding.octoeverywhere.internal.api.PortalCompletion;
import org.openhab.binding.octoeverywhere.internal.connect.ConnectResults.InInbox;
import org.openhab.binding.octoeverywhere.internal.connect.ConnectResults.Outcome;
import org.openhab.binding.octoeverywhere.internal.connect.ConnectResults.PasteToken;
import org.openhab.binding.octoeverywhere.internal.connect.ConnectResults.Updated;
import org.openhab.binding.octoeverywhere.internal.connect.RoundTrips.Started;
import org.openhab.binding.octoeverywhere.internal.discovery.ConnectDiscoveryService;
import org.openhab.binding.octoeverywhere.internal.discovery.PrinterThings;
import org.openhab.binding.octoeverywhere.internal.discovery.PrinterThings.Printer;
import org.openhab.binding.octoeverywhere.internal.web.Answer;
import org.openhab.binding.octoeverywhere.internal.web.BadQueryException;
import org.openhab.binding.octoeverywhere.internal.web.Html;
import org.openhab.binding.octoeverywhere.internal.web.QueryParameters;
import org.openhab.core.thing.ThingUID;

/**
 * The portal's return, where a round trip ends: anyone can call its address, with any parameters, so nothing changes
 * before three checks pass. The browser must have started the round trip ({@link RoundTrips}); few enough returns
 * may have reached OctoEverywhere in the last minute ({@value #RETURNS_PER_MINUTE}); and OctoEverywhere must know the
 * token ({@link TokenCheck}), as the token of the thing's own printer when it is a reconnect. Only then does a new
 * printer go into the Inbox, or a thing get its new token, and the browser is sent on to the result page, whose
 * address holds no token. A refused return changes nothing and keeps nothing in memory.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class PortalReturn {
    /** How many returns may ask OctoEverywhere in a minute: forged ones must not make the binding hammer it. */
    static final int RETURNS_PER_MINUTE = 30;

    private final PrinterThings printers;
    private final ConnectDiscoveryService discovery;
    private final RoundTrips roundTrips;
    private final ConnectResults results;
    private final ConnectPages pages;
    private final TokenCheck tokenCheck;
    private final RateLimit returns;
    private final URI baseUrl;
    private final Executor executor;
    private final BiConsumer<ThingUID, String> connectionChanged;

    /**
     * @param returns how many returns may ask OctoEverywhere
     * @param baseUrl the API address a new printer is checked with; a thing's own is used for a reconnect
     * @param executor where OctoEverywhere's answer is handled: not on the HTTP client's thread, as the Inbox writes
     *            to openHAB's database
     * @param connectionChanged told when a thing made in Main UI gets the token of a new App Connection, with its id
     */
    PortalReturn(PrinterThings printers, ConnectDiscoveryService discovery, RoundTrips roundTrips,
            ConnectResults results, ConnectPages pages, TokenCheck tokenCheck, RateLimit returns, URI baseUrl,
            Executor executor, BiConsumer<ThingUID, String> connectionChanged) {
        this.printers = printers;
        this.discovery = discovery;
        this.roundTrips = roundTrips;
        this.results = results;
        this.pages = pages;
        this.tokenCheck = tokenCheck;
        this.returns = returns;
        this.baseUrl = baseUrl;
        this.executor = executor;
        this.connectionChanged = connectionChanged;
    }

    /**
     * @param cookies the browser keys this browser sent
     * @return the answer; completes when OctoEverywhere has answered, if it is asked
     */
    CompletableFuture<Answer> answer(Map<String, String> query, String base, Collection<String> cookies) {
        Map<String, String> parameters = withQueryAfterState(query);
        String state = parameters.get(ConnectPaths.STATE_PARAMETER);
        Started started = state == null ? null : roundTrips.check(state, cookies);
        if (started == null) {
            return done(invalid(base));
        }
        PortalCompletion completion = PortalCompletion.of(parameters);
        String token = completion.appToken();
        String connectionId = completion.connectionId();
        if (!completion.success() || token == null || connectionId == null) {
            // On to a result page whose address says it all: a reload shows it again, and the address with the
            // portal's parameters leaves the address bar.
            FailedRoundTrip failed = new FailedRoundTrip(completion.success(), started.reconnect(),
                    completion.reason());
            return done(Answer
                    .redirect(base + failed.address(roundTrips, started.browserKey()),
                            completion.success()
                                    ? "303 to the result page, the portal's answer lacked a usable token"
                                            + " or id: nothing done"
                                    : "303 to the result page, the portal did not finish: " + "nothing done")
                    .withCookie(started.browserKey()));
        }
        ThingUID reconnect = started.reconnect();
        Printer thing = reconnect == null ? null : printers.get(reconnect);
        if (reconnect != null && thing == null) {
            return done(thingGone(reconnect, base));
        }
        // A thing is checked where it will use the token.
        URI thingBaseUrl = thing == null ? null : thing.baseUrl();
        URI checkedWith = thingBaseUrl != null ? thingBaseUrl : baseUrl;
        if (!returns.tryTake()) {
            return done(
                    failure(429, "connect.page.busy.title", pages.text("connect.page.busy.text", RETURNS_PER_MINUTE),
                            started, base, "429, too many returns in the last minute: nothing done"));
        }
        return tokenCheck.check(checkedWith, token)
                .handleAsync((info, error) -> error == null ? checked(started, info, token, connectionId, base)
                        : unchecked(Failures.unwrap(error), started, base), executor);
    }

    /** OctoEverywhere knows the token: it goes where the round trip was started for, if that is its printer. */
    private Answer checked(Started started, AppConnectionInfo info, String token, String connectionId, String base) {
        ThingUID reconnect = started.reconnect();
        Printer thing = reconnect == null ? null : printers.get(reconnect);
        if (reconnect != null && thing == null) {
            return thingGone(reconnect, base);
        }
        String printerName = info.printerName();
        String name = printerName != null ? printerName : pages.text("connect.page.result.unnamed");
        if (thing != null && !thing.isPrinter(info)) {
            return failure(409, "connect.page.other-printer.title",
                    pages.text("connect.page.other-printer.text", name, thing.label()), started, base,
                    "409, the token is of another printer than " + thing.uid() + "'s: nothing done");
        }
        if (!roundTrips.end(started)) {
            return invalid(base);
        }
        Outcome outcome;
        String done;
        if (thing == null) {
            ThingUID thingUID = freeThingUID(connectionId);
            discovery.connected(thingUID, name, info, token, connectionId);
            outcome = new InInbox(thingUID, name);
            done = thingUID + " is in the Inbox";
        } else if (printers.isManaged(thing.uid())) {
            // openHAB's Inbox writes the token into the existing thing's configuration, without an approval.
            discovery.connected(thing.uid(), thing.label(), info, token, connectionId);
            connectionChanged.accept(thing.uid(), connectionId);
            outcome = new Updated(thing.uid(), thing.label());
            done = thing.uid() + " got its new token through the Inbox";
        } else {
            // openHAB's Inbox drops results of things from .things files: the user has to paste the token.
            outcome = new PasteToken(thing.uid(), thing.label(), token);
            done = thing.uid() + " is in a .things file: its new token is shown once";
        }
        String id = results.add(outcome);
        return Answer.redirect(base + ConnectPaths.result(id), "303 to the result page, " + done);
    }

    /**
     * OctoEverywhere did not confirm the token: nothing changes.
     *
     * @param started the round trip, which "Try again" starts anew; null when it is not known
     */
    private Answer unchecked(OctoEverywhereException failure, @Nullable Started started, String base) {
        int code = failure.statusCode();
        if (failure.error() == ApiError.TOKEN_INVALID || code == 400) {
            return failure(403, "connect.page.unknown-token.title",
                    pages.text("connect.page.unknown-token.text", String.valueOf(code)), started, base,
                    "403, OctoEverywhere does not know the token (" + code + "): nothing done");
        }
        return failure(502, "connect.page.unconfirmed.title",
                code == 0 ? pages.text("connect.page.unconfirmed.no-answer")
                        : pages.text("connect.page.unconfirmed.text", String.valueOf(code)),
                started, base, "502, OctoEverywhere did not confirm the token (" + code + "): nothing done");
    }

    /** The answer when OctoEverywhere's did not come in time: nothing changed. */
    Answer noAnswer(String base) {
        return unchecked(new OctoEverywhereException(ApiError.COMMUNICATION, 0, "no answer in time"), null, base);
    }

    /** The thing UID of a new printer: its App Connection's id, made unique, so it never takes over another's. */
    private ThingUID freeThingUID(String connectionId) {
        String id = ConnectFlow.thingId(connectionId);
        ThingUID uid = new ThingUID(THING_TYPE_PRINTER, id);
        for (int n = 2; printers.isTaken(uid); n++) {
            uid = new ThingUID(THING_TYPE_PRINTER, id + "_" + n);
        }
        return uid;
    }

    private Answer invalid(String base) {
        return message(400, "connect.page.invalid.title", pages.text("connect.page.invalid.text"), base,
                "400, an unknown, used, expired or other browser's state: nothing done");
    }

    private Answer thingGone(ThingUID thingUID, String base) {
        return message(404, "connect.page.refused.title",
                pages.text("connect.page.refused.unknown-thing", thingUID.getAsString()), base,
                "404, the thing to reconnect is gone: nothing done");
    }

    private Answer message(int status, String titleKey, String text, String base, String summary) {
        return failure(status, titleKey, text, null, base, summary);
    }

    /** @param started the round trip that failed, which "Try again" starts anew; null for none */
    private Answer failure(int status, String titleKey, String text, @Nullable Started started, String base,
            String summary) {
        Html retry = started == null ? Html.EMPTY : pages.retry(started.reconnect(), base);
        return Answer.page(status, pages.message(pages.text(titleKey), text, Html.EMPTY, retry, base), summary);
    }

    private static CompletableFuture<Answer> done(Answer answer) {
        return CompletableFuture.completedFuture(answer);
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
        for (Map.Entry<String, String> rest : QueryParameters.parse(state.substring(mark + 1)).entrySet()) {
            if (all.put(rest.getKey(), rest.getValue()) != null) {
                throw BadQueryException.repeatedKey();
            }
        }
        return all;
    }
}
