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
package org.openhab.binding.octoeverywhere.internal.handler;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.RateLimit;
import org.openhab.binding.octoeverywhere.internal.api.LiveLinkRequest;
import org.openhab.binding.octoeverywhere.internal.config.PrinterConfiguration;
import org.openhab.binding.octoeverywhere.internal.printevents.PrinterNotifications;
import org.openhab.binding.octoeverywhere.internal.snapshot.PrintSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What follows a print besides the print channels: Gadget is asked while a print runs, a Live Link is created when a
 * print starts (if the thing is configured so, at most {@value #PRINT_START_LINKS_PER_HOUR} an hour), and the
 * webcam snapshot is fetched while its channel is linked.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class PrintFollowers implements PrinterNotifications.Listener {
    /** How many links {@code liveLinkOnPrintStart} creates in an hour at most: forged starts must not make more. */
    static final int PRINT_START_LINKS_PER_HOUR = 3;

    private final Logger logger = LoggerFactory.getLogger(PrintFollowers.class);
    private final Supplier<PrinterConfiguration> config;
    private final Supplier<@Nullable PrinterSession> session;
    private final Consumer<LiveLinkRequest> createLiveLink;
    private final PrintSnapshot snapshot;
    private final BooleanSupplier snapshotLinked;
    private final RateLimit printStartLinks;
    private final String thingUID;

    /**
     * @param config the thing's configuration now
     * @param session the running session, or null
     * @param thingUID the thing, for the log
     */
    PrintFollowers(Clock clock, Supplier<PrinterConfiguration> config, Supplier<@Nullable PrinterSession> session,
            Consumer<LiveLinkRequest> createLiveLink, PrintSnapshot snapshot, BooleanSupplier snapshotLinked,
            String thingUID) {
        this.config = config;
        this.session = session;
        this.createLiveLink = createLiveLink;
        this.snapshot = snapshot;
        this.snapshotLinked = snapshotLinked;
        this.printStartLinks = new RateLimit(clock, PRINT_START_LINKS_PER_HOUR, Duration.ofHours(1));
        this.thingUID = thingUID;
    }

    @Override
    public void printChanged(boolean printing, boolean started) {
        PrinterSession running = session.get();
        if (running != null) {
            running.gadget.setPrinting(printing);
            if (started) {
                running.gadget.printStarted();
            }
        }
    }

    @Override
    public void printStarted() {
        PrinterConfiguration current = config.get();
        if (!current.liveLinkOnPrintStart) {
            return;
        }
        if (!printStartLinks.tryTake()) {
            logger.info(
                    "{} started a print, but no Live Link is created: {} were created at print starts in the last hour",
                    thingUID, PRINT_START_LINKS_PER_HOUR);
            return;
        }
        logger.debug("{} started a print: creating a Live Link that follows it", thingUID);
        createLiveLink.accept(LiveLinkRequest.untilPrintCompletes(current.expirationHours));
    }

    @Override
    public void snapshotReceived(String address) {
        if (snapshotLinked.getAsBoolean()) {
            snapshot.addressReceived(address);
        }
    }
}
