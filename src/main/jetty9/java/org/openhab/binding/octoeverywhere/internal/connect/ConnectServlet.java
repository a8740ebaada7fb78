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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

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
import org.openhab.binding.octoeverywhere.internal.api.BaseUrl;
import org.openhab.binding.octoeverywhere.internal.discovery.ConnectDiscoveryService;
import org.openhab.binding.octoeverywhere.internal.discovery.PrinterThings;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterRegistry;
import org.openhab.binding.octoeverywhere.internal.i18n.Texts;
import org.openhab.binding.octoeverywhere.internal.web.Answer;
import org.openhab.binding.octoeverywhere.internal.web.Html;
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
 * Serves the set-up pages ({@link SetupSite}) in openHAB's HTTP server, where anyone on the LAN can reach them without
 * logging in: the page at {@value ConnectPaths#SETUP}, the start of a round trip to the App Connection Portal, the
 * portal's return and the result. The return waits for OctoEverywhere's answer without holding a thread.
 *
 * <p>
 * No token, state or query value is ever logged; one debug line per request says what was done. Reads the binding's
 * {@code appId} setting.
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
    private static final long serialVersionUID = 1L;

    private final Logger logger = LoggerFactory.getLogger(ConnectServlet.class);
    private final transient SetupSite site;

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

    /** See {@link SetupSite#SetupSite}. */
    ConnectServlet(PrinterThings printers, ConnectDiscoveryService discovery,
            BiConsumer<ThingUID, String> connectionChanged, HttpClient httpClient, URI baseUrl,
            ScheduledExecutorService scheduler, Texts texts, LocaleProvider localeProvider,
            Map<String, Object> configuration, Clock clock) {
        this.site = new SetupSite(printers, discovery, connectionChanged, httpClient, baseUrl, scheduler, texts,
                localeProvider, clock);
        modified(configuration);
    }

    /** How many round trips and results the pages keep in memory now. */
    int entriesInMemory() {
        return site.entriesInMemory();
    }

    /** The binding's settings changed: a new app id applies to the next round trip; nothing restarts. */
    @Modified
    void modified(@Nullable Map<String, Object> configuration) {
        site.configure(configuration);
    }

    @Override
    protected void service(@Nullable HttpServletRequest request, @Nullable HttpServletResponse response)
            throws IOException {
        if (request == null || response == null) {
            return;
        }
        SetupRequest setup = new SetupRequest(String.valueOf(request.getMethod()),
                String.valueOf(request.getContextPath()), String.valueOf(request.getServletPath()),
                request.getQueryString(), cookies(request), String.valueOf(request.getScheme()),
                String.valueOf(request.getServerName()), request.getServerPort(), request.isSecure(),
                request.isAsyncSupported(), String.valueOf(request.getRemoteAddr()));
        CompletableFuture<Answer> pending = site.answer(setup);
        if (pending.isDone()) {
            write(pending.join(), setup, response);
        } else {
            answerLater(pending, setup, request, response);
        }
    }

    /** Answers when OctoEverywhere has, without holding a thread meanwhile, or when it takes too long. */
    private void answerLater(CompletableFuture<Answer> pending, SetupRequest setup, HttpServletRequest request,
            HttpServletResponse response) {
        AsyncContext async = request.startAsync();
        async.setTimeout(SetupSite.RETURN_TIMEOUT.toMillis());
        AtomicBoolean answered = new AtomicBoolean();
        async.addListener(new AsyncListener() {
            @Override
            public void onTimeout(@Nullable AsyncEvent event) throws IOException {
                if (answered.compareAndSet(false, true)) {
                    try {
                        write(site.noAnswer(setup.base()), setup, response);
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
                    write(error == null ? answer : site.noAnswer(setup.base()), setup, response);
                } catch (IOException | RuntimeException e) {
                    logger.debug("Set-up page: the answer could not be written: {}", e.getClass().getSimpleName());
                } finally {
                    async.complete();
                }
            }
        });
    }

    private void write(Answer answer, SetupRequest setup, HttpServletResponse response) throws IOException {
        logger.debug("Set-up page: {} {} from {}: {}", setup.method(), setup.path(), setup.remoteAddress(),
                answer.summary());
        SetupSite.headers(answer, setup).forEach(response::setHeader);
        response.setStatus(answer.status());
        Html page = answer.page();
        byte[] body = page == null ? new byte[0] : page.markup().getBytes(StandardCharsets.UTF_8);
        if (page != null) {
            response.setContentType("text/html;charset=UTF-8");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static List<String> cookies(HttpServletRequest request) {
        List<String> values = new ArrayList<>();
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SetupSite.COOKIE.equals(cookie.getName()) && cookie.getValue() != null) {
                    values.add(cookie.getValue());
                }
            }
        }
        return values;
    }
}
