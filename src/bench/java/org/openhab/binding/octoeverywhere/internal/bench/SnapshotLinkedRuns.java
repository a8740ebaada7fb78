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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.octoeverywhere.internal.test.Notification;

/**
 * The webhook's paced run and flood with the print's snapshot channel linked on every printer, the printer's LAN
 * address set, and a new {@code SnapshotUrl} on the {@link Webcam} in every notification: each one makes the handler
 * fetch a picture and show it on the channel, which must happen off the thread that answers the notification.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class SnapshotLinkedRuns {
    /** The printers' LAN address, where the webcam is: plain http is fetched from there only. */
    static final String PRINTER_LOCAL_IP = "127.0.0.1";

    /**
     * The figures of one paced run and one flood, with pictures of {@code pictureBytes}.
     *
     * @param pictures what became of the snapshot addresses of the paced run and of the flood
     */
    record Figures(int pictureBytes, Percentiles paced, MeasuredFlood flood, List<Webcam.Tally> pictures) {
    }

    private final HttpClient senders;
    private final URI webhook;
    private final TimedWebhookServlet servlet;
    private final ScheduledExecutorService pool;
    private final List<BenchPrinter> printers;
    private final HttpClient snapshotClient;
    private final IntFunction<Notification> notifications;
    private final IntSupplier received;

    /**
     * @param notifications the i-th notification, without a snapshot address
     * @param received how many notifications the printers have taken so far
     */
    SnapshotLinkedRuns(HttpClient senders, URI webhook, TimedWebhookServlet servlet, ScheduledExecutorService pool,
            List<BenchPrinter> printers, HttpClient snapshotClient, IntFunction<Notification> notifications,
            IntSupplier received) {
        this.senders = senders;
        this.webhook = webhook;
        this.servlet = servlet;
        this.pool = pool;
        this.printers = printers;
        this.snapshotClient = snapshotClient;
        this.notifications = notifications;
        this.received = received;
    }

    /**
     * Links the channels, sends {@code warmUp} notifications back to back (their fetches not counted), then
     * {@code events} at the pace of one every {@code interval} from each client, then {@code events} back to back.
     */
    Figures run(Webcam webcam, int pictureBytes, int warmUp, int events, Duration interval) throws Exception {
        printers.forEach(printer -> printer.linkSnapshot(PRINTER_LOCAL_IP));
        webcam.serve(pictureBytes);
        WebhookFlood linked = new WebhookFlood(senders, webhook,
                i -> notifications.apply(i).with("SnapshotUrl", webcam.nextAddress()).json());
        linked.run(warmUp, new long[warmUp], Duration.ZERO);
        webcam.tally(printers, snapshotClient, System.nanoTime());
        long[] paced = new long[events];
        linked.run(events, paced, interval);
        Webcam.Tally pacedPictures = webcam.tally(printers, snapshotClient, System.nanoTime());
        MeasuredFlood flood = MeasuredFlood.run(linked, events, servlet, pool, received);
        Webcam.Tally floodPictures = webcam.tally(printers, snapshotClient, flood.end());
        return new Figures(pictureBytes, new Percentiles(paced), flood, List.of(pacedPictures, floodPictures));
    }
}
