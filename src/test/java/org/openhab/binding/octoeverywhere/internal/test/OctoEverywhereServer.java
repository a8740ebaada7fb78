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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.servlet.AsyncContext;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An in-process server on 127.0.0.1 that plays OctoEverywhere for tests and the benchmark.
 *
 * <p>
 * It records every request and answers from a script per path, as {@link AnswerScripts} picks it: by default a fresh
 * Live Link (ids from a counter), an Info answer with the printer online and a Gadget answer of an active, good print;
 * tests replace or queue answers, add delays or make it close the connection without answering. Delayed answers are
 * finished by one timer thread after the request thread has returned, so many slow requests at once need no extra
 * server threads.
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
    private final AnswerScripts answers = new AnswerScripts();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private volatile Duration delay = Duration.ZERO;

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
        answers.respond(path, response);
    }

    public void respond(String path, int status, String jsonBody) {
        respond(path, ScriptedResponse.json(status, jsonBody));
    }

    /** Answers the next requests to the path with these, one each, before the standing script applies again. */
    public void respondOnce(String path, ScriptedResponse... responses) {
        answers.respondOnce(path, responses);
    }

    /** Delays every answer by this much, on top of a scripted delay. */
    public void delay(Duration newDelay) {
        delay = newDelay;
    }

    /** Answers 604 (App Connection revoked) to requests whose AppToken header is not this token. */
    public void requireToken(@Nullable String token) {
        answers.requireToken(token);
    }

    /**
     * Makes the Info API know this token as the App Connection of the printer with this name (and the page
     * {@code https://octoeverywhere.com/view/<name>}); once any token is known, it answers 603 to every other.
     */
    public void knowToken(String token, String printerName) {
        answers.knowToken(token, printerName);
    }

    /** Back to the default answers, no delay, no required token, no known tokens, no recorded requests. */
    public void reset() {
        answers.reset();
        delay = Duration.ZERO;
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
        ScriptedResponse script = answers.answer(recorded);
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

    /** The page of the printer with this name, as the Info API gives it for a token {@link #knowToken} knows. */
    public static String printerUrl(String printerName) {
        return "https://octoeverywhere.com/view/"
                + URLEncoder.encode(printerName, StandardCharsets.UTF_8).replace("+", "%20");
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
