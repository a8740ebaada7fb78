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
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.servlet.Servlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.action.ResultTexts;
import org.openhab.binding.octoeverywhere.internal.api.AppPortal;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.ManagedThingProvider;
import org.openhab.core.thing.ThingRegistry;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the set-up pages in openHAB's HTTP server, where anyone on the LAN can reach them without logging in: the
 * page at {@value ConnectPaths#SETUP}, the start of a round trip to the App Connection Portal, the portal's return
 * and the result. The round trip is bound to the browser that started it by a cookie.
 *
 * <p>
 * Every answer forbids caching, referrers, framing and any script; only GET is served, and a query that is too long,
 * has a long parameter or a repeated key is refused. No token, state or query value is ever logged; one debug line per
 * request says what was done. Reads the binding's {@code appId} setting.
 */
@Component(service = Servlet.class, configurationPid = "binding.octoeverywhere")
@HttpWhiteboardServletName(ConnectPaths.SETUP)
@HttpWhiteboardServletPattern({
    ConnectPaths.SETUP,
    ConnectPaths.SETUP_SLASH,
    ConnectPaths.CONNECT,
    ConnectPaths.CONNECTED,
    ConnectPaths.RESULT
})
@NonNullByDefault
public class ConnectServlet extends HttpServlet {
    static final String APP_ID = "appId";
    static final String COOKIE = "octoeverywhere_connect";
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final long serialVersionUID = 1L;
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9.-]{1,253}");
    private static final Pattern IPV6_HOST = Pattern.compile("\\[[0-9A-Fa-f:.]{2,45}]");

    private final Logger logger = LoggerFactory.getLogger(ConnectServlet.class);
    private final transient ConnectFlow flow;
    private volatile String appId = AppPortal.DEFAULT_APP_ID;

    @Activate
    public ConnectServlet(
            @Reference ThingRegistry thingRegistry,
            @Reference ManagedThingProvider managedThings,
            @Reference ConnectDiscoveryService discovery,
            @Reference TranslationProvider translationProvider,
            @Reference LocaleProvider localeProvider,
            Map<String, Object> configuration) {
        this(
                thingRegistry,
                managedThings,
                discovery,
                translationProvider,
                localeProvider,
                configuration,
                Clock.systemUTC());
    }

    /** @param clock tells when a round trip or result expires */
    ConnectServlet(
            ThingRegistry thingRegistry,
            ManagedThingProvider managedThings,
            ConnectDiscoveryService discovery,
            TranslationProvider translationProvider,
            LocaleProvider localeProvider,
            Map<String, Object> configuration,
            Clock clock) {
        RandomIds ids = new RandomIds(new SecureRandom());
        ResultTexts texts =
                new ResultTexts(translationProvider, localeProvider, FrameworkUtil.getBundle(ConnectServlet.class));
        this.flow = new ConnectFlow(
                new PrinterThings(thingRegistry, managedThings),
                discovery,
                new ConnectStates(ids, clock),
                new ConnectResults(ids, clock),
                new ConnectPages(texts, localeProvider),
                () -> appId);
        modified(configuration);
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
            logger.debug(
                    "The app id setting is not 1 to {} printable characters without spaces; using {}",
                    AppPortal.MAX_APP_ID_LENGTH,
                    AppPortal.DEFAULT_APP_ID);
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
        Answer answer;
        if (!"GET".equals(request.getMethod())) {
            response.setHeader("Allow", "GET");
            answer = flow.refused(405, flow.text("connect.page.refused.method"), base, "only GET is served");
        } else {
            try {
                answer = route(path, QueryParameters.parse(request.getQueryString()), request, base);
            } catch (BadQueryException e) {
                answer = flow.refused(
                        400, flow.text("connect.page.refused.bad-request"), base, String.valueOf(e.getMessage()));
            }
        }
        logger.debug(
                "Set-up page: {} {} from {}: {}", request.getMethod(), path, request.getRemoteAddr(), answer.summary());
        write(answer, request, response, base);
    }

    private Answer route(String path, Map<String, String> query, HttpServletRequest request, String base) {
        return switch (path) {
            case ConnectPaths.CONNECT -> flow.start(query, base, callbackUrl(request, base));
            case ConnectPaths.CONNECTED -> flow.finish(query, base, stateCookies(request));
            case ConnectPaths.RESULT -> flow.result(query, base);
            default -> flow.setup(base);
        };
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
                || !(HOST_NAME.matcher(host).matches()
                        || IPV6_HOST.matcher(host).matches())
                || port <= 0
                || port > 65535) {
            return null;
        }
        return scheme + "://" + host + ":" + port + base + ConnectPaths.CONNECTED;
    }

    private static List<String> stateCookies(HttpServletRequest request) {
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
            // Lax: the browser sends it when the portal sends it back here, a top-level GET from another site.
            response.addHeader(
                    "Set-Cookie",
                    COOKIE + "=" + cookie + "; Path=" + base + ConnectPaths.SETUP + "; Max-Age="
                            + (cookie.isEmpty() ? 0 : ConnectStates.LIFETIME.toSeconds()) + "; HttpOnly; SameSite=Lax"
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
