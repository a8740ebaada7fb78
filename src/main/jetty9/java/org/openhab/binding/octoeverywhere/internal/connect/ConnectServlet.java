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

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.Servlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.octoeverywhere.internal.RateLimit;
import org.openhab.binding.octoeverywhere.internal.api.AppPortal;
import org.openhab.binding.octoeverywhere.internal.api.BaseUrl;
import org.openhab.binding.octoeverywhere.internal.discovery.ConnectDiscoveryService;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterHandler;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterRegistry;
import org.openhab.binding.octoeverywhere.internal.i18n.Texts;
import org.openhab.binding.octoeverywhere.internal.web.Answer;
import org.openhab.binding.octoeverywhere.internal.web.BadQueryException;
import org.openhab.binding.octoeverywhere.internal.web.Html;
import org.openhab.binding.octoeverywhere.internal.web.QueryParameters;
import org.openhab.binding.octoeverywhere.internal.web.RandomIds;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.discovery.inbox.Inbox;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.thing.ManagedThingProvider;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the set-up pages in openHAB's HTTP server, where anyone on the LAN can reach them without logging in: the
 * page at {@value ConnectPaths#SETUP}, the start of a round trip to the App Connection Portal, the portal's return
 * and the result. The round trip is bound to the browser that started it by a cookie, and its return changes nothing
 * before OctoEverywhere has confirmed the token ({@link PortalReturn}); the return waits for that answer without
 * holding a thread.
 *
 * <p>
 * Every answer forbids caching, referrers, framing and any script; only GET is served, and a query that is too long,
 * has a long parameter or a repeated key is refused. No token, state or query value is ever logged; one debug line per
 * request says what was done. Reads the binding's {@code appId} setting.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@Component(service = Servlet.class, configurationPid = "binding.octoeverywhere")
@HttpWhiteboardServletName(ConnectPaths.SETUP)
@HttpWhiteboardServletPattern({ ConnectPaths.SETUP, ConnectPaths.SETUP_SLASH, ConnectPaths.CONNECT,
        ConnectPaths.CONNECTED, ConnectPaths.RESULT })
@HttpWhiteboardServletAsyncSupported
@NonNullByDefault
public class ConnectServlet extends HttpServlet {
    static final String APP_ID = "appId";
    static final String COOKIE = "octoeverywhere_connect";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /** Longer than OctoEverywhere may take to answer: the return is answered by then in any case. */
    static final Duration RETURN_TIMEOUT = PrinterHandler.REQUEST_TIMEOUT.plusSeconds(5);

    private static final long serialVersionUID = 1L;
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9.-]{1,253}");
    private static final Pattern IPV6_HOST = Pattern.compile("\\[[0-9A-Fa-f:.]{2,45}]");

    private final Logger logger = LoggerFactory.getLogger(ConnectServlet.class);
    private final transient ConnectFlow flow;
    private final transient PortalReturn portalReturn;
    private final transient RoundTrips roundTrips;
    private final transient ConnectResults results;
    private volatile String appId = AppPortal.DEFAULT_APP_ID;

    @Activate
    public ConnectServlet(@Reference ThingRegistry thingRegistry, @Reference ManagedThingProvider managedThings,
            @Reference Inbox inbox, @Reference ConnectDiscoveryService discovery,
            @Reference PrinterRegistry printerRegistry, @Reference HttpClientFactory httpClientFactory,
            @Reference TranslationProvider translationProvider, @Reference LocaleProvider localeProvider,
            Map<String, Object> configuration) {
        this(new PrinterThings(thingRegistry, managedThings, inbox), discovery,
                (thingUID, connectionId) -> printerRegistry.printers().stream()
                        .filter(printer -> thingUID.equals(printer.getThing().getUID()))
                        .forEach(printer -> printer.appConnectionChanged(connectionId)),
                httpClientFactory.getCommonHttpClient(), BaseUrl.parse(BaseUrl.DEFAULT),
                ThreadPoolManager.getScheduledPool("thingHandler"),
                new Texts(translationProvider, localeProvider, FrameworkUtil.getBundle(ConnectServlet.class)),
                localeProvider, configuration, Clock.systemUTC());
    }

    /**
     * @param connectionChanged told when a thing made in Main UI gets the token of a new App Connection, with its id
     * @param httpClient the started client OctoEverywhere is asked with
     * @param baseUrl the API address a new printer's token is checked with
     * @param scheduler where OctoEverywhere's answers are handled and its requests time out
     * @param clock tells when a round trip or result expires
     */
    ConnectServlet(PrinterThings printers, ConnectDiscoveryService discovery,
            BiConsumer<ThingUID, String> connectionChanged, HttpClient httpClient, URI baseUrl,
            ScheduledExecutorService scheduler, Texts texts, LocaleProvider localeProvider,
            Map<String, Object> configuration, Clock clock) {
        RandomIds ids = new RandomIds(new SecureRandom());
        RoundTrips roundTrips = new RoundTrips(new SecureRandom(), clock,
                (int) (PortalReturn.RETURNS_PER_MINUTE * RoundTrips.LIFETIME.toMinutes()));
        ConnectResults results = new ConnectResults(ids, clock);
        this.roundTrips = roundTrips;
        this.results = results;
        ConnectPages pages = new ConnectPages(texts, localeProvider);
        this.flow = new ConnectFlow(printers, roundTrips, results, pages, () -> appId);
        this.portalReturn = new PortalReturn(printers, discovery, roundTrips, results, pages,
                new TokenCheck(httpClient, clock, scheduler, PrinterHandler.REQUEST_TIMEOUT),
                new RateLimit(clock, PortalReturn.RETURNS_PER_MINUTE, Duration.ofMinutes(1)), baseUrl, scheduler,
                connectionChanged);
        modified(configuration);
    }

    /** How many round trips and results the pages keep in memory now. */
    int entriesInMemory() {
        return roundTrips.remembered() + results.kept();
    }

    /** The binding's settings changed: a new app id applies to the next round trip; nothing restarts. */
    @Modified
    void modified(@Nullable Map<String, Object> configuration) {
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

    @Override
    protected void service(@Nullable HttpServletRequest request, @Nullable HttpServletResponse response)
            throws IOException {
        if (request == null || response == null) {
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        String base = String.valueOf(request.getContextPath());
        String path = String.valueOf(request.getServletPath());
        CompletableFuture<Answer> pending;
        if (!"GET".equals(request.getMethod())) {
            response.setHeader("Allow", "GET");
            pending = done(flow.refused(405, flow.text("connect.page.refused.method"), base, "only GET is served"));
        } else if (ConnectPaths.CONNECTED.equals(path) && !request.isAsyncSupported()) {
            // The whiteboard ignored the async property: the return would hold a server thread while OctoEverywhere
            // is asked.
            pending = done(flow.refused(503, flow.text("connect.page.refused.no-async"), base, "no async support"));
        } else {
            try {
                pending = route(path, QueryParameters.parse(request.getQueryString()), request, base);
            } catch (BadQueryException e) {
                pending = done(flow.refused(400, flow.text("connect.page.refused.bad-request"), base,
                        String.valueOf(e.getMessage())));
            }
        }
        if (pending.isDone()) {
            answer(pending.join(), request, response, base);
        } else {
            answerLater(pending, request, response, base);
        }
    }

    /** Answers when OctoEverywhere has, without holding a thread meanwhile, or when it takes too long. */
    private void answerLater(CompletableFuture<Answer> pending, HttpServletRequest request,
            HttpServletResponse response, String base) {
        AsyncContext async = request.startAsync();
        async.setTimeout(RETURN_TIMEOUT.toMillis());
        AtomicBoolean answered = new AtomicBoolean();
        async.addListener(new AsyncListener() {
            @Override
            public void onTimeout(@Nullable AsyncEvent event) throws IOException {
                if (answered.compareAndSet(false, true)) {
                    try {
                        answer(portalReturn.noAnswer(base), request, response, base);
                    } finally {
                        async.complete();
                    }
                }
            }

            @Override
            public void onComplete(@Nullable AsyncEvent event) {
            }

            @Override
            public void onError(@Nullable AsyncEvent event) {
            }

            @Override
            public void onStartAsync(@Nullable AsyncEvent event) {
            }
        });
        pending.whenComplete((answer, error) -> {
            if (answered.compareAndSet(false, true)) {
                try {
                    answer(error == null ? answer : portalReturn.noAnswer(base), request, response, base);
                } catch (IOException | RuntimeException e) {
                    logger.debug("Set-up page: the answer could not be written: {}", e.getClass().getSimpleName());
                } finally {
                    async.complete();
                }
            }
        });
    }

    private CompletableFuture<Answer> route(String path, Map<String, String> query, HttpServletRequest request,
            String base) {
        return switch (path) {
            case ConnectPaths.CONNECT -> done(flow.start(query, base, cookies(request), callbackUrl(request, base)));
            case ConnectPaths.CONNECTED -> portalReturn.answer(query, base, cookies(request));
            case ConnectPaths.RESULT -> done(flow.result(query, base, cookies(request)));
            default -> done(flow.setup(base));
        };
    }

    private static CompletableFuture<Answer> done(Answer answer) {
        return CompletableFuture.completedFuture(answer);
    }

    private void answer(Answer answer, HttpServletRequest request, HttpServletResponse response, String base)
            throws IOException {
        logger.debug("Set-up page: {} {} from {}: {}", request.getMethod(), request.getServletPath(),
                request.getRemoteAddr(), answer.summary());
        write(answer, request, response, base);
    }

    /**
     * The address the portal returns to: the scheme, host and port the browser used for this request, so that it
     * reaches openHAB the same way again. Null when the host is not a plain host name or IP address.
     */
    static @Nullable String callbackUrl(HttpServletRequest request, String base) {
        String scheme = String.valueOf(request.getScheme()).toLowerCase(Locale.ROOT);
        String host = String.valueOf(request.getServerName());
        int port = request.getServerPort();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        if (!("http".equals(scheme) || "https".equals(scheme))
                || !(HOST_NAME.matcher(host).matches() || IPV6_HOST.matcher(host).matches()) || port <= 0
                || port > 65535) {
            return null;
        }
        return scheme + "://" + host + ":" + port + base + ConnectPaths.CONNECTED;
    }

    private static List<String> cookies(HttpServletRequest request) {
        List<String> values = new ArrayList<>();
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null) {
                    values.add(cookie.getValue());
                }
            }
        }
        return values;
    }

    private static void write(Answer answer, HttpServletRequest request, HttpServletResponse response, String base)
            throws IOException {
        String cookie = answer.cookie();
        if (cookie != null) {
            // The browser's key. Lax: the browser sends it when the portal sends it back here, a top-level GET from
            // another site.
            response.addHeader("Set-Cookie",
                    COOKIE + "=" + cookie + "; Path=" + base + ConnectPaths.SETUP + "; Max-Age="
                            + RoundTrips.LIFETIME.toSeconds() + "; HttpOnly; SameSite=Lax"
                            + (request.isSecure() ? "; Secure" : ""));
        }
        response.setStatus(answer.status());
        String location = answer.location();
        if (location != null) {
            response.setHeader("Location", location);
        }
        Html page = answer.page();
        byte[] body = page == null ? new byte[0] : page.markup().getBytes(StandardCharsets.UTF_8);
        if (page != null) {
            response.setContentType("text/html;charset=UTF-8");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
