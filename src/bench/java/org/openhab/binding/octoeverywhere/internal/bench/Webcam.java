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

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.octoeverywhere.internal.test.HttpClients;
import org.openhab.binding.octoeverywhere.internal.test.ServletServer;

/**
 * The printers' webcam, in process on 127.0.0.1: hands out a new snapshot address for every notification, serves
 * each with {@link SnapshotServlet}, and tallies what became of the addresses of a run: the fetches that reached it,
 * and the pictures the printers' snapshot channels were updated with.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class Webcam implements AutoCloseable {
    /** How long nothing may change before the fetches of a run count as done. */
    private static final long QUIET_NANOS = 200_000_000L;

    /**
     * What became of the snapshot addresses sent since the last tally.
     *
     * @param addresses new snapshot addresses sent in notifications
     * @param fetches fetches of them that reached the webcam
     * @param answered pictures the webcam wrote whole
     * @param updates snapshot channel updates with a picture (an older picture that arrives after a newer one is
     *            dropped by design, so there may be fewer than fetches)
     * @param bytes the bytes of those pictures together
     * @param lastPicture from the run's last answer to the last picture the webcam wrote (negative: before it)
     * @param lastUpdate from the run's last answer to the last update with a picture (negative: before it)
     */
    record Tally(int addresses, int fetches, int answered, int updates, long bytes, long lastPicture, long lastUpdate) {
    }

    private final SnapshotServlet servlet = new SnapshotServlet();
    private final ServletServer server;
    private final AtomicInteger addresses = new AtomicInteger();
    private int addressesTallied;
    private int fetchesTallied;
    private int answeredTallied;
    private int updatesTallied;
    private long bytesTallied;

    Webcam() throws Exception {
        server = new ServletServer(Map.of(SnapshotServlet.PATH, servlet));
    }

    /** Answers every fetch from now on with a picture of that many bytes. */
    void serve(int bytes) {
        servlet.serve(bytes);
    }

    /** A snapshot address never given before: http://127.0.0.1:port/snapshot/n.jpg */
    String nextAddress() {
        return server.uri("/snapshot/" + addresses.incrementAndGet() + ".jpg").toString();
    }

    /**
     * Waits until the fetches have settled (the snapshot client idle, every fetch answered, and nothing changed for
     * {@value #QUIET_NANOS} ns) and tallies what happened since the last tally.
     *
     * @param runEnd System.nanoTime() of the run's last answer
     */
    Tally tally(List<BenchPrinter> printers, HttpClient snapshotClient, long runEnd) throws InterruptedException {
        long deadline = System.nanoTime() + BenchSetup.WAIT.toNanos();
        long lastChange = runEnd;
        String seen = state(printers);
        while (true) {
            String now = state(printers);
            if (!now.equals(seen)) {
                seen = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange >= QUIET_NANOS && HttpClients.idle(snapshotClient)
                    && servlet.fetches() == servlet.answered()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the snapshot fetches did not settle within " + BenchSetup.WAIT);
            }
            Thread.sleep(5);
        }
        int updates = updates(printers);
        long bytes = printers.stream().mapToLong(BenchPrinter::snapshotBytes).sum();
        Tally tally = new Tally(addresses.get() - addressesTallied, servlet.fetches() - fetchesTallied,
                servlet.answered() - answeredTallied, updates - updatesTallied, bytes - bytesTallied,
                servlet.lastAnswered() - runEnd,
                printers.stream().mapToLong(BenchPrinter::lastSnapshot).max().orElse(runEnd) - runEnd);
        addressesTallied = addresses.get();
        fetchesTallied = servlet.fetches();
        answeredTallied = servlet.answered();
        updatesTallied = updates;
        bytesTallied = bytes;
        return tally;
    }

    /** The counts the tally watches for a change, every 5 ms. */
    private String state(List<BenchPrinter> printers) {
        return servlet.fetches() + "/" + servlet.answered() + "/" + updates(printers);
    }

    private static int updates(List<BenchPrinter> printers) {
        return printers.stream().mapToInt(BenchPrinter::snapshotUpdates).sum();
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
