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
package org.openhab.binding.octoeverywhere.internal.printevents;

import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.PROPERTY_PRINTER_ID;
import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.PROPERTY_WEBHOOK_URL;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.ThingOutput;
import org.openhab.binding.octoeverywhere.internal.api.PrintEvent;
import org.openhab.binding.octoeverywhere.internal.api.PrintEventType;

/**
 * What a printer thing makes of the notifications the webhook hands it: whether it takes them (its secret), which
 * printer it follows (the id it learnt), and the print they tell of, on the print channels. It lives as long as the
 * handler, so a print goes on being followed while the thing is reconfigured.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class PrinterNotifications implements PrintEventReceiver {
    /** What else follows the print, told in the order of the notifications. */
    public interface Listener {
        /**
         * Whether a print runs, after every notification, with the tracker's lock held; {@code started}: this one
         * started or resumed it.
         */
        void printChanged(boolean printing, boolean started);

        /** A print started: once per print, also when OctoEverywhere sends the start twice. */
        void printStarted();

        /** A notification of the current print brought the address of a webcam snapshot. */
        void snapshotReceived(String address);
    }

    private final ThingOutput output;
    private final Supplier<@Nullable String> printerName;
    private final PrintTracker tracker;
    private final Listener listener;

    private final String thingUID;

    private volatile @Nullable WebhookSecret secret;
    private volatile @Nullable String printerId;
    /** The App Connection the printer id was learnt for: its address and token, as configured last. */
    private volatile @Nullable String connection;
    /** Whether the last notification said a print runs; guarded by the tracker's lock. */
    private boolean wasPrinting;

    /**
     * @param printerName the printer's name as the App Connection Info API gave it, or null
     * @param listener told what else follows the print
     * @param printerId the id learnt before (a thing property), or null
     * @param thingUID the thing, for the log
     */
    public PrinterNotifications(Clock clock, ThingOutput output, Supplier<@Nullable String> printerName,
            Listener listener, @Nullable String printerId, String thingUID) {
        this.output = output;
        this.printerId = printerId;
        this.printerName = printerName;
        this.listener = listener;
        this.thingUID = thingUID;
        PrintChannels channels = new PrintChannels(output);
        this.tracker = new PrintTracker(clock, new PrintTracker.Listener() {
            @Override
            public void printChanged(PrintStatus status, boolean newPrint) {
                channels.printChanged(status, newPrint);
                boolean printing = status.state() == PrintStatus.State.PRINTING;
                listener.printChanged(printing, printing && (newPrint || !wasPrinting));
                wasPrinting = printing;
            }

            @Override
            public void eventReceived(String event) {
                channels.eventReceived(event);
            }

            @Override
            public void printRefreshed(PrintStatus status) {
                channels.printRefreshed(status);
            }
        });
    }

    /** Tells the listener again whether a print runs, with no notification handled meanwhile. */
    public void retellPrinting() {
        synchronized (tracker) {
            listener.printChanged(tracker.status().state() == PrintStatus.State.PRINTING, false);
        }
    }

    /**
     * Takes notifications with this secret from now on, and shows where they are to be sent.
     *
     * @param secret as configured; none are taken with a secret that is blank, shorter than
     *            {@value WebhookSecret#MIN_LENGTH} characters or longer than OctoEverywhere allows
     * @param webhookUrl the webhook's address in openHAB, or null when it cannot be told
     */
    public void open(String secret, @Nullable String webhookUrl) {
        if (webhookUrl != null) {
            output.updateProperties(Map.of(PROPERTY_WEBHOOK_URL, webhookUrl));
        }
        // Stripped like the key in a notification: spaces pasted around it must not make every notification fail.
        this.secret = WebhookSecret.isUsable(secret) ? WebhookSecret.of(secret.strip()) : null;
    }

    /**
     * The thing was configured with this App Connection. When it is another one than before, perhaps of another
     * printer, the printer learnt from earlier notifications is forgotten, and the next notification teaches its id
     * anew.
     */
    public void connectionConfigured(String baseUrl, String appToken) {
        String configured = baseUrl.strip() + " " + appToken.strip();
        String before = connection;
        connection = configured;
        if (before != null && !before.equals(configured) && printerId != null) {
            printerId = null;
            output.updateProperties(Map.of(PROPERTY_PRINTER_ID, ""));
        }
    }

    /** Takes no more notifications: the thing is being removed. */
    public void close() {
        secret = null;
    }

    /** Shows the print channels again, as far as they are known. */
    public void refresh() {
        tracker.refresh();
    }

    @Override
    public boolean takesSecret(WebhookSecret presented) {
        WebhookSecret own = secret;
        return own != null && own.matches(presented);
    }

    @Override
    public @Nullable String printerId() {
        return printerId;
    }

    @Override
    public @Nullable String printerName() {
        return printerName.get();
    }

    @Override
    public String receive(PrintEvent event) {
        String id = event.printerId();
        // A test notification may carry made-up data; it teaches nothing about the printer.
        if (id != null && !id.equals(printerId) && event.type() != PrintEventType.TEST) {
            printerId = id;
            output.updateProperties(Map.of(PROPERTY_PRINTER_ID, id));
        }
        PrintTracker.Outcome outcome = tracker.apply(event);
        if (outcome == PrintTracker.Outcome.PRINT_STARTED) {
            listener.printStarted();
        }
        String snapshot = event.snapshotUrl();
        // A test's picture is made up, and a late notification's belongs to an earlier print.
        if (snapshot != null && outcome != PrintTracker.Outcome.STALE && event.type() != PrintEventType.TEST) {
            listener.snapshotReceived(snapshot);
        }
        return event + " " + outcome + " for " + thingUID;
    }
}
