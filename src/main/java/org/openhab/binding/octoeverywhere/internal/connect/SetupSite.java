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

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.octoeverywhere.internal.RateLimit;
import org.openhab.binding.octoeverywhere.internal.api.AppPortal;
import org.openhab.binding.octoeverywhere.internal.discovery.ConnectDiscoveryService;
import org.openhab.binding.octoeverywhere.internal.discovery.PrinterThings;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterHandler;
import org.openhab.binding.octoeverywhere.internal.i18n.Texts;
import org.openhab.binding.octoeverywhere.internal.web.Answer;
import org.openhab.binding.octoeverywhere.internal.web.BadQueryException;
import org.openhab.binding.octoeverywhere.internal.web.QueryParameters;
import org.openhab.binding.octoeverywhere.internal.web.RandomIds;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The set-up pages as a whole, free of any servlet API: which step a request asks for, the answer it gets and the
 * headers every answer carries. The servlet of each Jetty line only hands requests in and writes the answers out.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class SetupSite {
    private static final String APP_ID = "appId";
    static final String COOKIE = "octoeverywhere_connect";
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /** Every answer forbids caching, referrers, content sniffing, framing and any script. */
    private static final Map<String, String> HEADERS = Map.of("Cache-Control", "no-store", "Referrer-Policy",
            "no-referrer", "X-Content-Type-Options", "nosniff", "Content-Security-Policy", CONTENT_SECURITY_POLICY);
    /** Longer than OctoEverywhere may take to answer: the return is answered by then in any case. */
    static final Duration RETURN_TIMEOUT = PrinterHandler.REQUEST_TIMEOUT.plusSeconds(5);

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9.-]{1,253}");
    private static final Pattern IPV6_HOST = Pattern.compile("\\[[0-9A-Fa-f:.]{2,45}]");

    private final Logger logger = LoggerFactory.getLogger(SetupSite.class);
    private final ConnectFlow flow;
    private final PortalReturn portalReturn;
    private final RoundTrips roundTrips;
    private final ConnectResults results;
    private volatile String appId = AppPortal.DEFAULT_APP_ID;

    /**
     * @param connectionChanged told when a thing made in Main UI gets the token of a new App Connection, with its id
     * @param httpClient the started client OctoEverywhere is asked with
     * @param baseUrl the API address a new printer's token is checked with
     * @param scheduler where OctoEverywhere's answers are handled and its requests time out
     * @param clock tells when a round trip or result expires
     */
    SetupSite(PrinterThings printers, ConnectDiscoveryService discovery, BiConsumer<ThingUID, String> connectionChanged,
            HttpClient httpClient, URI baseUrl, ScheduledExecutorService scheduler, Texts texts,
            LocaleProvider localeProvider, Clock clock) {
        this.roundTrips = new RoundTrips(new SecureRandom(), clock,
                (int) (PortalReturn.RETURNS_PER_MINUTE * RoundTrips.LIFETIME.toMinutes()));
        this.results = new ConnectResults(new RandomIds(new SecureRandom()), clock);
        ConnectPages pages = new ConnectPages(texts, localeProvider);
        this.flow = new ConnectFlow(printers, roundTrips, results, pages, () -> appId);
        this.portalReturn = new PortalReturn(printers, discovery, roundTrips, results, pages,
                new TokenCheck(httpClient, clock, scheduler, PrinterHandler.REQUEST_TIMEOUT),
                new RateLimit(clock, PortalReturn.RETURNS_PER_MINUTE, Duration.ofMinutes(1)), baseUrl, scheduler,
                connectionChanged);
    }

    /** How many round trips and results the pages keep in memory now. */
    int entriesInMemory() {
        return roundTrips.remembered() + results.kept();
    }

    /** The binding's settings changed: a new app id applies to the next round trip; nothing restarts. */
    void configure(@Nullable Map<String, Object> configuration) {
        Object value = configuration == null ? null : configuration.get(APP_ID);
        String configured = value == null ? "" : value.toString().strip();
        if (configured.isEmpty()) {
            appId = AppPortal.DEFAULT_APP_ID;
        } else if (AppPortal.isValidAppId(configured)) {
            appId = configured;
        } else {
            logger.debug("The app id setting is not 1 to {} printable characters without spaces; using {}",
                    AppPortal.MAX_APP_ID_LENGTH, AppPortal.DEFAULT_APP_ID);
            appId = AppPortal.DEFAULT_APP_ID;
        }
    }

    /**
     * The answer to a request: only GET is served, and a query that is too long, has a long parameter or a repeated
     * key is refused. The portal's return completes when OctoEverywhere has confirmed its token, every other answer
     * at once.
     */
    CompletableFuture<Answer> answer(SetupRequest request) {
        String base = request.base();
        if (!"GET".equals(request.method())) {
            return done(flow.refused(405, flow.text("connect.page.refused.method"), base, "only GET is served"));
        }
        if (ConnectPaths.CONNECTED.equals(request.path()) && !request.asyncSupported()) {
            // The whiteboard ignored the async property: the return would hold a server thread while OctoEverywhere
            // is asked.
            return done(flow.refused(503, flow.text("connect.page.refused.no-async"), base, "no async support"));
        }
        Map<String, String> query;
        try {
            query = QueryParameters.parse(request.query());
        } catch (BadQueryException e) {
            return done(flow.refused(400, flow.text("connect.page.refused.bad-request"), base,
                    String.valueOf(e.getMessage())));
        }
        return switch (request.path()) {
            case ConnectPaths.CONNECT -> done(flow.start(query, base, request.cookies(), callbackUrl(request)));
            case ConnectPaths.CONNECTED -> portalReturn.answer(query, base, request.cookies());
            case ConnectPaths.RESULT -> done(flow.result(query, base, request.cookies()));
            default -> done(flow.setup(base));
        };
    }

    /** The answer when OctoEverywhere did not answer the return's token check in time. */
    Answer noAnswer(String base) {
        return portalReturn.noAnswer(base);
    }

    /**
     * The headers of an answer: those every answer carries, where a redirect goes and the browser key it sets. The key
     * is Lax: the browser sends it when the portal sends it back here, a top-level GET from another site.
     */
    static Map<String, String> headers(Answer answer, SetupRequest request) {
        Map<String, String> headers = new LinkedHashMap<>(HEADERS);
        if (answer.status() == 405) {
            headers.put("Allow", "GET");
        }
        String location = answer.location();
        if (location != null) {
            headers.put("Location", location);
        }
        String cookie = answer.cookie();
        if (cookie != null) {
            headers.put("Set-Cookie",
                    COOKIE + "=" + cookie + "; Path=" + request.base() + ConnectPaths.SETUP + "; Max-Age="
                            + RoundTrips.LIFETIME.toSeconds() + "; HttpOnly; SameSite=Lax"
                            + (request.secure() ? "; Secure" : ""));
        }
        return headers;
    }

    /**
     * The address the portal returns to: the scheme, host and port the browser used for this request, so that it
     * reaches openHAB the same way again. Null when the host is not a plain host name or IP address.
     */
    static @Nullable String callbackUrl(SetupRequest request) {
        String scheme = request.scheme().toLowerCase(Locale.ROOT);
        String host = request.host();
        int port = request.port();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        if (!("http".equals(scheme) || "https".equals(scheme))
                || !(HOST_NAME.matcher(host).matches() || IPV6_HOST.matcher(host).matches()) || port <= 0
                || port > 65535) {
            return null;
        }
        return scheme + "://" + host + ":" + port + request.base() + ConnectPaths.CONNECTED;
    }

    private static CompletableFuture<Answer> done(Answer answer) {
        return CompletableFuture.completedFuture(answer);
    }
}
