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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.client.util.StringContentProvider;
import org.eclipse.jetty.http.HttpMethod;
import org.openhab.binding.octoeverywhere.internal.test.Notification;

/**
 * The senders of the webhook benchmark: {@value #CLIENTS} clients that post notifications at once over real HTTP,
 * each waiting for one answer before it sends the next; and, for a run under forgery, {@value #FORGERS} more clients
 * without the secret that post {@link #FORGED} back to back meanwhile.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class WebhookFlood {
    static final int CLIENTS = 20;
    static final int FORGERS = 20;
    /** A wrong secret and a quoted number of 15 KB: a body anyone on the LAN can post, parsed before its secret. */
    static final String FORGED = Notification.of(6).secret("forged-0123456789")
            .with("Progress", "1." + "0".repeat(15 * 1024)).json();

    /** An answer's status, and how long it took from sending the request. */
    record Answer(int status, long nanos) {
    }

    /**
     * The valid notifications of a run under forgery, and the forged ones posted meanwhile.
     *
     * @param forgedAnswers how many forged ones got each status; 0 for no answer
     */
    record Forgery(Percentiles valid, int lost, int failed, int forged, Map<Integer, Integer> forgedAnswers,
            long nanos) {
        /**
         * The forged ones that were not refused: 403 (wrong secret), 429 (too many wrong ones from that address) and
         * 503 (that address's share of the body buffers in use) are refusals.
         */
        int notRefused() {
            return forgedAnswers.entrySet().stream().filter(answer -> !Set.of(403, 429, 503).contains(answer.getKey()))
                    .mapToInt(Map.Entry::getValue).sum();
        }
    }

    private final HttpClient senders;
    private final URI webhook;
    private final IntFunction<String> notifications;

    /** @param notifications the body of the i-th notification */
    WebhookFlood(HttpClient senders, URI webhook, IntFunction<String> notifications) {
        this.senders = senders;
        this.webhook = webhook;
        this.notifications = notifications;
    }

    /**
     * Posts the events from {@link #CLIENTS} threads at once, each waiting for one answer before it sends the next,
     * and at most one every {@code interval} (zero: back to back); fills in each answer time and returns how many
     * answers were not 200.
     */
    int run(int events, long[] answers, Duration interval) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(CLIENTS);
        AtomicInteger failed = new AtomicInteger();
        for (int c = 0; c < CLIENTS; c++) {
            int first = c;
            Thread sender = new Thread(() -> {
                try {
                    go.await();
                    long next = System.nanoTime();
                    for (int i = first; i < events; i += CLIENTS) {
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        next += interval.toNanos();
                        Answer answer = send(senders, webhook, notifications.apply(i));
                        answers[i] = answer.nanos();
                        if (answer.status() != 200) {
                            failed.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, "bench-webhook-sender-" + c);
            sender.start();
        }
        go.countDown();
        if (!done.await(BenchSetup.WAIT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the senders did not finish within " + BenchSetup.WAIT);
        }
        return failed.get();
    }

    /**
     * {@link #run} while {@link #FORGERS} more clients post {@link #FORGED} back to back on their own connections.
     *
     * @param received how many notifications the printers have taken so far
     */
    Forgery underForgery(HttpClient forgers, int events, Duration interval, IntSupplier received)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger forged = new AtomicInteger();
        Map<Integer, Integer> forgedAnswers = new ConcurrentSkipListMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < FORGERS; c++) {
            Thread forger = new Thread(() -> {
                while (!stop.get()) {
                    int status;
                    try {
                        status = send(forgers, webhook, FORGED).status();
                    } catch (Exception e) {
                        status = 0;
                    }
                    forgedAnswers.merge(status, 1, Integer::sum);
                    forged.incrementAndGet();
                }
            }, "bench-webhook-forger-" + c);
            threads.add(forger);
        }
        int before = received.getAsInt();
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        long[] answers = new long[events];
        int failed;
        try {
            failed = run(events, answers, interval);
        } finally {
            stop.set(true);
            for (Thread forger : threads) {
                forger.join(BenchSetup.WAIT.toMillis());
            }
        }
        long nanos = System.nanoTime() - start;
        int lost = events - (received.getAsInt() - before);
        return new Forgery(new Percentiles(answers), lost, failed, forged.get(), Map.copyOf(forgedAnswers), nanos);
    }

    static Answer send(HttpClient client, URI uri, String body) throws Exception {
        long sent = System.nanoTime();
        ContentResponse response = client.newRequest(uri).method(HttpMethod.POST)
                .content(new StringContentProvider("application/json", body, StandardCharsets.UTF_8))
                .timeout(10, TimeUnit.SECONDS).send();
        return new Answer(response.getStatus(), System.nanoTime() - sent);
    }
}
