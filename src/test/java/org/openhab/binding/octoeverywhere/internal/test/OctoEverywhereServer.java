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
package org.openhab.binding.octoeverywhere.internal.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.servlet.AsyncContext;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/**
 * An in-process server on 127.0.0.1 that plays OctoEverywhere for tests and the benchmark.
 *
 * <p>
 * It records every request and answers from a script per path: by default a fresh Live Link (ids from a
 * counter), an Info answer with the printer online and a Gadget answer of an active, good print; tests replace or queue
 * answers, add delays or make
 * it close the connection without answering. Delayed answers are finished by one timer thread after the
 * request thread has returned, so many slow requests at once need no extra server threads.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class OctoEverywhereServer implements AutoCloseable {
    public static final String LIVE_LINK_PATH = "/api/live/createfromappconnection";
    public static final String INFO_PATH = "/api/appconnection/info";
    public static final String GADGET_PATH = "/api/gadget/GetStatusFromAppConnection";
    public static final String PRINTER_NAME = "Test Printer";
    public static final String PRINTER_LOCAL_IP = "192.168.1.20";
    public static final String PRINTER_URL = "https://octoeverywhere.com/app/printer";

    private final ServletServer server;
    private final ScheduledThreadPoolExecutor timer;
    private final AtomicInteger linkCounter = new AtomicInteger();
    private final Map<String, ScriptedResponse> scripts = new ConcurrentHashMap<>();
    private final Map<String, Queue<ScriptedResponse>> onceScripts = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private volatile Duration delay = Duration.ZERO;
    private volatile @Nullable String requiredToken;
    /** The printers of the App Connections this server knows, by token; empty: every token is the default printer's. */
    private final Map<String, String> printersByToken = new ConcurrentHashMap<>();

    public OctoEverywhereServer() throws Exception {
        timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "oe-test-server-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        server = new ServletServer(Map.of("/*", new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void service(@Nullable HttpServletRequest request, @Nullable HttpServletResponse response)
                    throws IOException {
                if (request != null && response != null) {
                    answer(request, response);
                }
            }
        }));
    }

    /** The base URL to give the client, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** Answers every later request to the path this way (until {@link #reset()}). */
    public void respond(String path, ScriptedResponse response) {
        scripts.put(path, response);
    }

    public void respond(String path, int status, String jsonBody) {
        respond(path, ScriptedResponse.json(status, jsonBody));
    }

    /** Answers the next requests to the path with these, one each, before the standing script applies again. */
    public void respondOnce(String path, ScriptedResponse... responses) {
        Queue<ScriptedResponse> queue = Objects
                .requireNonNull(onceScripts.computeIfAbsent(path, p -> new ArrayDeque<>()));
        synchronized (queue) {
            Collections.addAll(queue, responses);
        }
    }

    /** Delays every answer by this much, on top of a scripted delay. */
    public void delay(Duration newDelay) {
        delay = newDelay;
    }

    /** Answers 604 (App Connection revoked) to requests whose AppToken header is not this token. */
    public void requireToken(@Nullable String token) {
        requiredToken = token;
    }

    /**
     * Makes the Info API know this token as the App Connection of the printer with this name (and the page
     * {@code https://octoeverywhere.com/view/<name>}); once any token is known, it answers 603 to every other.
     */
    public void knowToken(String token, String printerName) {
        printersByToken.put(token, printerName);
    }

    /** Back to the default answers, no delay, no required token, no known tokens, no recorded requests. */
    public void reset() {
        printersByToken.clear();
        scripts.clear();
        onceScripts.clear();
        delay = Duration.ZERO;
        requiredToken = null;
        synchronized (requests) {
            requests.clear();
        }
    }

    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public int requestCount(String path) {
        synchronized (requests) {
            return (int) requests.stream().filter(r -> r.path().equals(path)).count();
        }
    }

    /**
     * Waits until at least n requests have arrived.
     *
     * @throws AssertionError when they have not arrived within max
     */
    public List<RecordedRequest> awaitRequests(int n, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (requests) {
            while (requests.size() < n) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("Expected " + n + " requests within " + max + ", got " + requests.size());
                }
                TimeUnit.NANOSECONDS.timedWait(requests, left);
            }
            return List.copyOf(requests);
        }
    }

    @Override
    public void close() throws Exception {
        timer.shutdownNow();
        server.close();
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Objects.requireNonNullElse(request.getRequestURI(), "");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Objects.requireNonNullElse(request.getHeader(name), ""));
        }
        String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        RecordedRequest recorded = new RecordedRequest(Objects.requireNonNullElse(request.getMethod(), ""), path,
                headers, body);
        // The answer is taken before the request is recorded: once a test has seen a request arrive, the answer it
        // gets is settled, and a later request cannot take it from the scripts.
        ScriptedResponse script = script(recorded);
        synchronized (requests) {
            requests.add(recorded);
            requests.notifyAll();
        }

        long delayMillis = script.delay().plus(delay).toMillis();
        if (delayMillis <= 0) {
            finish(request, response, script);
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        timer.schedule(() -> {
            try {
                finish(request, response, script);
            } catch (IOException | RuntimeException e) {
                // the client has gone away, e.g. after a timeout: nothing left to answer
            } finally {
                try {
                    async.complete();
                } catch (RuntimeException e) {
                    // already completed because the connection was closed
                }
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    private ScriptedResponse script(RecordedRequest request) {
        String token = requiredToken;
        if (token != null && !token.equals(request.header("AppToken"))) {
            return ScriptedResponse.json(604, "{\"Status\":604,\"Error\":\"App Connection revoked\",\"Result\":null}");
        }
        Queue<ScriptedResponse> queue = onceScripts.get(request.path());
        if (queue != null) {
            synchronized (queue) {
                ScriptedResponse next = queue.poll();
                if (next != null) {
                    return next;
                }
            }
        }
        ScriptedResponse standing = scripts.get(request.path());
        if (standing != null) {
            return standing;
        }
        return switch (request.path()) {
            case LIVE_LINK_PATH -> defaultLiveLink();
            case INFO_PATH -> printersByToken.isEmpty() ? defaultInfo() : info(request.header("AppToken"));
            case GADGET_PATH -> ScriptedResponse.json(200,
                    "{\"State\":3,\"Status\":\"Looking Good\",\"StatusColor\":\"g\",\"Rating\":8}");
            default -> ScriptedResponse.json(404, "{\"Error\":\"not found\"}");
        };
    }

    private ScriptedResponse defaultLiveLink() {
        String id = "live" + linkCounter.incrementAndGet();
        return ScriptedResponse.json(200, "{\"LiveId\":\"" + id + "\",\"Url\":\"https://octoeverywhere.com/live/" + id
                + "\",\"ShortUrl\":\"https://oe.ink/l/" + id + "\"}");
    }

    private ScriptedResponse info(@Nullable String token) {
        String name = token == null ? null : printersByToken.get(token);
        if (name == null) {
            return ScriptedResponse.json(603,
                    "{\"Status\":603,\"Error\":\"App Connection not found\",\"Result\":null}");
        }
        JsonObject info = new JsonObject();
        info.addProperty("PrinterName", name);
        info.addProperty("IsOnline", true);
        info.addProperty("UserFacingPrinterUrl", printerUrl(name));
        return ScriptedResponse.json(200, info.toString());
    }

    /** The page of the printer with this name, as the Info API gives it for a token {@link #knowToken} knows. */
    public static String printerUrl(String printerName) {
        return "https://octoeverywhere.com/view/"
                + URLEncoder.encode(printerName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static ScriptedResponse defaultInfo() {
        return ScriptedResponse.json(200,
                "{\"PrinterName\":\"" + PRINTER_NAME + "\",\"PrinterLocalIp\":\"" + PRINTER_LOCAL_IP
                        + "\",\"IsOnline\":true,\"LastConnectionTimeUtc\":\"2025-01-02T03:00:00.1234567\","
                        + "\"LastDisconnectTimeUtc\":\"0001-01-01T00:00:00\",\"UserFacingPrinterUrl\":\"" + PRINTER_URL
                        + "\",\"PrinterLimits\":{\"MaxDownloadFileSizeBytes\":1000}}");
    }

    private static void finish(HttpServletRequest request, HttpServletResponse response, ScriptedResponse script)
            throws IOException {
        if (script.closeWithoutAnswer()) {
            JettyServers.closeConnection(request);
            return;
        }
        response.setStatus(script.status());
        response.setContentType(script.contentType());
        script.headers().forEach((name, value) -> {
            if (!ScriptedResponse.BINARY.equals(name)) {
                response.setHeader(name, value);
            }
        });
        byte[] bytes = script.bodyBytes();
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }
}
