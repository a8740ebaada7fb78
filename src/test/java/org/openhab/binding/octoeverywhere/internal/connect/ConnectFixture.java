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

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.servlet.Servlet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.openhab.binding.octoeverywhere.internal.i18n.Texts;
import org.openhab.binding.octoeverywhere.internal.test.DescriptorTranslations;
import org.openhab.binding.octoeverywhere.internal.test.HttpClients;
import org.openhab.binding.octoeverywhere.internal.test.LogCapture;
import org.openhab.binding.octoeverywhere.internal.test.ManualClock;
import org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer;
import org.openhab.binding.octoeverywhere.internal.test.ServletServer;
import org.openhab.binding.octoeverywhere.internal.test.ServletServer.RawAnswer;
import org.openhab.core.i18n.LocaleProvider;

/**
 * The set-up pages as openHAB would serve them: the servlet in an in-process Jetty reached over real HTTP, openHAB's
 * things and Inbox as {@link OpenhabThings} plays them, the add-on's own texts, a manual clock. Records every answer,
 * so that tests can check headers and bodies of all of them.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ConnectFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2026-11-30T10:00:00Z");

    final ManualClock clock = new ManualClock(START);
    /** Plays OctoEverywhere's Info API, which confirms the tokens of portal returns. */
    final OctoEverywhereServer octoEverywhere = new OctoEverywhereServer();
    /** The binding's client to OctoEverywhere. */
    final HttpClient apiClient = new HttpClient();
    final OpenhabThings openhab = new OpenhabThings(octoEverywhere.baseUrl());
    /** The things that were told the id of their new App Connection, with it: "uid=id". */
    final List<String> connectionsChanged = new CopyOnWriteArrayList<>();

    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "connect-test-scheduler");
        thread.setDaemon(true);
        return thread;
    });
    final List<ContentResponse> answers = new CopyOnWriteArrayList<>();
    final LogCapture log = LogCapture.start();
    final HttpClient client = new HttpClient();
    final ConnectServlet servlet;
    final ServletServer server;
    volatile Locale locale = Locale.ENGLISH;

    /** A round trip this fixture's browser started. */
    record Started(String state, String cookie, URI portal) {
    }

    ConnectFixture() throws Exception {
        this(Map.of());
    }

    ConnectFixture(Map<String, Object> settings) throws Exception {
        // Once one token is known, OctoEverywhere knows no other: a forged return's token is unknown.
        octoEverywhere.knowToken("Known-To-Nobody-0123456789", "Nobody's Printer");
        apiClient.setFollowRedirects(false);
        apiClient.start();
        LocaleProvider localeProvider = () -> locale;
        servlet = new ConnectServlet(openhab.printerThings(), openhab.discovery,
                (thingUID, connectionId) -> connectionsChanged.add(thingUID + "=" + connectionId), apiClient,
                octoEverywhere.baseUrl(), scheduler, new Texts(new DescriptorTranslations(), localeProvider, null),
                localeProvider, new HashMap<>(settings), clock);
        Map<String, Servlet> paths = new LinkedHashMap<>();
        for (String path : List.of(ConnectPaths.SETUP, ConnectPaths.SETUP_SLASH, ConnectPaths.CONNECT,
                ConnectPaths.CONNECTED, ConnectPaths.RESULT)) {
            paths.put(path, servlet);
        }
        server = new ServletServer(paths);
        // The tests send the state cookie themselves, as a browser would, or leave it out.
        HttpClients.withoutCookies(client);
        client.setFollowRedirects(false);
        // Room for a request line longer than the pages accept, to see them refuse it.
        client.setRequestBufferSize(16 * 1024);
        client.start();
    }

    ContentResponse get(String pathAndQuery, String... headers) throws Exception {
        return send(HttpMethod.GET, pathAndQuery, headers);
    }

    ContentResponse send(HttpMethod method, String pathAndQuery, String... headers) throws Exception {
        Request request = client.newRequest(server.uri(pathAndQuery)).method(method).timeout(10, TimeUnit.SECONDS);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            HttpClients.header(request, headers[i], headers[i + 1]);
        }
        ContentResponse response = request.send();
        answers.add(response);
        return response;
    }

    /** Sends a GET as written, for a request the HTTP client would not send (a malformed query). */
    RawAnswer rawGet(String pathAndQuery) throws Exception {
        return server.sendRaw("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                new byte[0]);
    }

    /**
     * Presses Connect (or Reconnect, with {@code ?thing=...}) in a new browser and reads the portal address and the
     * cookie.
     */
    Started connect(String query) throws Exception {
        return connect(query, null);
    }

    /**
     * Presses Connect (or Reconnect) in a browser.
     *
     * @param browserCookie the browser's cookie, as {@code name=value}, or null for a browser that has none
     */
    Started connect(String query, @Nullable String browserCookie) throws Exception {
        ContentResponse response = browserCookie == null ? get(ConnectPaths.CONNECT + query)
                : get(ConnectPaths.CONNECT + query, "Cookie", browserCookie);
        assertEquals(303, response.getStatus(), response.getContentAsString());
        URI portal = URI.create(String.valueOf(response.getHeaders().get(HttpHeader.LOCATION)));
        String returnUrl = String.valueOf(query(portal.getRawQuery()).get("returnUrl"));
        String state = String.valueOf(query(URI.create(returnUrl).getRawQuery()).get("state"));
        String setCookie = String.valueOf(response.getHeaders().get(HttpHeader.SET_COOKIE));
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        return new Started(state, cookie, portal);
    }

    Started connect() throws Exception {
        return connect("");
    }

    /** The portal's return to this browser, with the state cookie. */
    ContentResponse callback(Started started, Map<String, String> parameters) throws Exception {
        return get(ConnectPaths.CONNECTED + "?state=" + started.state() + "&" + encode(parameters), "Cookie",
                started.cookie());
    }

    /**
     * A successful completion of a real App Connection: OctoEverywhere knows its token as the App Connection of the
     * printer with this name.
     */
    Map<String, String> connected(String token, String id, String printerName) {
        octoEverywhere.knowToken(token, printerName);
        return success(token, id, printerName);
    }

    /** A successful completion, as the portal sends it (or anyone who forges one). */
    static Map<String, String> success(String token, String id, String printerName) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("success", "true");
        parameters.put("id", id);
        parameters.put("url", "https://" + id + ".octoeverywhere.com");
        parameters.put("appApiToken", token);
        parameters.put("printername", printerName);
        parameters.put("userPrinterAccessUrl", "https://octoeverywhere.com/printer/" + id);
        parameters.put("printerLastKnownLocalIp", "192.168.1.50");
        return parameters;
    }

    /** Follows a redirect to the result page of a round trip that did something. */
    ContentResponse follow(ContentResponse redirect) throws Exception {
        String location = location(redirect);
        assertTrue(location.startsWith(ConnectPaths.RESULT + "?r="), location);
        return get(location);
    }

    /** Follows a redirect to the result page in the browser that started the round trip, as a browser does. */
    ContentResponse follow(ContentResponse redirect, Started browser) throws Exception {
        return get(location(redirect), "Cookie", browser.cookie());
    }

    /** The result page a redirect sends the browser to. */
    static String location(ContentResponse redirect) {
        assertEquals(303, redirect.getStatus(), redirect.getContentAsString());
        String location = String.valueOf(redirect.getHeaders().get(HttpHeader.LOCATION));
        assertTrue(location.startsWith(ConnectPaths.RESULT + "?"), location);
        return location;
    }

    void advance(Duration duration) {
        clock.advance(duration);
    }

    /** Every header and body of every answer so far. */
    String everythingSent() {
        StringBuilder all = new StringBuilder();
        for (ContentResponse answer : answers) {
            for (HttpField field : answer.getHeaders()) {
                all.append(field.getName()).append(": ").append(field.getValue()).append('\n');
            }
            all.append(answer.getContentAsString()).append('\n');
        }
        return all.toString();
    }

    static Map<String, String> query(@Nullable String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    static String encode(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    List<String> logLines() {
        return new ArrayList<>(log.lines());
    }

    @Override
    public void close() throws Exception {
        try {
            client.stop();
            server.close();
            apiClient.stop();
            octoEverywhere.close();
            scheduler.shutdownNow();
        } finally {
            log.close();
        }
    }
}
