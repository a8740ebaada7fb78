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
package org.openhab.binding.octoeverywhere.internal.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.client.api.Result;
import org.eclipse.jetty.client.util.BufferingResponseListener;
import org.eclipse.jetty.client.util.StringContentProvider;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereClient;
import org.openhab.binding.octoeverywhere.internal.livelink.LiveLinkStore;
import org.openhab.binding.octoeverywhere.internal.test.HttpClients;
import org.openhab.binding.octoeverywhere.internal.test.MemoryStorage;
import org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer;
import org.openhab.binding.octoeverywhere.internal.test.RecordedRequest;

/**
 * One create command at a time, from the command to the url channel update, against the same request written by hand
 * on the same client to the same server (the floor); and single round trips to a slow server, the RTT the burst is
 * measured in.
 *
 * @param client the HTTP client's settings as the factory leaves them
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
record LinkLatency(Percentiles binding, Percentiles raw, Percentiles slowBinding, Percentiles slowRaw, String client) {
    static final int WARM_UP = 2000;
    static final int MEASURED = 2000;
    static final int SLOW_SAMPLES = 5;
    static final int POOL_THREADS = 5;
    /** The server's delay for the round trips, and in the burst. */
    static final Duration SLOW = Duration.ofMillis(200);

    private static final Duration WAIT = BenchSetup.WAIT;
    private static final String JSON = "application/json";
    /** What the binding sends for a timed link with the default 24 hours (checked against the server's record). */
    private static final String BODY = "{\"ExpirationHours\":24,\"EndWhenCurrentPrintIsComplete\":false}";

    static LinkLatency measure() throws Exception {
        try (OctoEverywhereServer server = new OctoEverywhereServer()) {
            BenchSetup.Clients clients = BenchSetup.factoryClients();
            HttpClient client = clients.api();
            ScheduledThreadPoolExecutor pool = BenchSetup.thingHandlerPool(POOL_THREADS);
            BenchPrinter printer = new BenchPrinter("latency", server.baseUrl(), true);
            try {
                printer.start(clients, new LiveLinkStore(new MemoryStorage(), pool), pool);
                printer.awaitOnline(WAIT);
                URI url = URI.create(server.baseUrl() + OctoEverywhereClient.LIVE_LINK_PATH);
                for (int i = 0; i < WARM_UP; i++) {
                    viaBinding(printer);
                    raw(client, url);
                }
                checkSameRequest(server.requests());
                long[] binding = new long[MEASURED];
                long[] raw = new long[MEASURED];
                // Interleaved, and in alternating order, so drift (JIT, GC, the machine) hits both alike.
                for (int i = 0; i < MEASURED; i++) {
                    if (i % 2 == 0) {
                        binding[i] = viaBinding(printer);
                        raw[i] = raw(client, url);
                    } else {
                        raw[i] = raw(client, url);
                        binding[i] = viaBinding(printer);
                    }
                }
                server.delay(SLOW);
                long[] slowBinding = new long[SLOW_SAMPLES];
                long[] slowRaw = new long[SLOW_SAMPLES];
                for (int i = 0; i < SLOW_SAMPLES; i++) {
                    slowBinding[i] = viaBinding(printer);
                    slowRaw[i] = raw(client, url);
                }
                return new LinkLatency(new Percentiles(binding), new Percentiles(raw), new Percentiles(slowBinding),
                        new Percentiles(slowRaw), settings(client));
            } finally {
                BenchSetup.stopInOrder(List.of(printer), pool, clients);
            }
        }
    }

    /** The median single round trip to the slow server through the binding: what the burst is measured in. */
    long roundTrip() {
        return slowBinding.median();
    }

    private static String settings(HttpClient client) {
        String clientPool = client.getExecutor() instanceof QueuedThreadPool threads
                ? threads.getName() + " " + threads.getMinThreads() + ".." + threads.getMaxThreads() + " threads"
                : String.valueOf(client.getExecutor());
        return String.format(Locale.ROOT, "%d connections per destination, follow redirects %s, pool %s",
                client.getMaxConnectionsPerDestination(), client.isFollowRedirects(), clientPool);
    }

    /** From the command to the url channel update, as openHAB sees it through the callback. */
    private static long viaBinding(BenchPrinter printer) throws Exception {
        CompletableFuture<Long> url = printer.expectUrl();
        long start = System.nanoTime();
        printer.pressCreate();
        return url.get(WAIT.toSeconds(), TimeUnit.SECONDS) - start;
    }

    /** The floor: the binding's request written by hand, on the same client, to the same server. */
    private static long raw(HttpClient client, URI url) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        long start = System.nanoTime();
        sendRaw(client, url, done);
        return done.get(WAIT.toSeconds(), TimeUnit.SECONDS) - start;
    }

    /** Sends the binding's request by hand; {@code done} completes with System.nanoTime() of the answer. */
    static void sendRaw(HttpClient client, URI url, CompletableFuture<Long> done) {
        Request request = client.newRequest(url).method(HttpMethod.POST).followRedirects(false)
                .timeout(30, TimeUnit.SECONDS).agent(OctoEverywhereClient.USER_AGENT).accept(JSON);
        HttpClients.header(request, OctoEverywhereClient.APP_TOKEN_HEADER, BenchPrinter.TOKEN);
        request.content(new StringContentProvider(JSON, BODY, StandardCharsets.UTF_8))
                .send(new BufferingResponseListener(OctoEverywhereClient.MAX_BODY_BYTES) {
                    @Override
                    public void onComplete(@Nullable Result result) {
                        long now = System.nanoTime();
                        if (result != null && result.isSucceeded() && result.getResponse().getStatus() == 200) {
                            done.complete(now);
                        } else {
                            done.completeExceptionally(new IllegalStateException("raw POST failed: " + result));
                        }
                    }
                });
    }

    /** The floor means something only if it is the same request; the last two are the binding's and ours. */
    private static void checkSameRequest(List<RecordedRequest> requests) {
        RecordedRequest binding = requests.get(requests.size() - 2);
        RecordedRequest raw = requests.get(requests.size() - 1);
        if (!binding.method().equals(raw.method()) || !binding.path().equals(raw.path())
                || !binding.body().equals(raw.body()) || !binding.headers().equals(raw.headers())) {
            throw new IllegalStateException(
                    "the raw POST differs from the binding's request:\n  binding " + binding + "\n  raw     " + raw);
        }
    }
}
