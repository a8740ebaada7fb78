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
package org.openhab.binding.octoeverywhere.internal.discovery;

import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.AppConnectionInfo;
import org.openhab.binding.octoeverywhere.internal.api.BaseUrl;
import org.openhab.binding.octoeverywhere.internal.connection.ConnectionStatus;
import org.openhab.binding.octoeverywhere.internal.connection.ConnectionStatus.Description;
import org.openhab.core.config.discovery.DiscoveryResultFlag;
import org.openhab.core.config.discovery.inbox.Inbox;
import org.openhab.core.thing.ManagedThingProvider;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;

/**
 * The printer things openHAB has, from all its providers, also the disabled ones, and the printers waiting in its
 * Inbox: what the set-up page lists and reconnects, and where it puts a new printer. Only labels, status, properties
 * and the API address are read, never
 * the token or the secret; of an Inbox entry only its UID and label.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class PrinterThings {
    /**
     * A printer thing as the set-up page shows it.
     *
     * @param printerName the printer's name as OctoEverywhere told the thing, or null
     * @param printerUrl the printer's page on OctoEverywhere as it told the thing, or null
     * @param printerId the printer's id learnt from its notifications, or null
     * @param baseUrl the API address the thing uses, or null when its configuration has none that is valid
     */
    public record Printer(ThingUID uid, String label, ThingStatusInfo status, boolean enabled,
            @Nullable String printerName, @Nullable String printerUrl, @Nullable String printerId,
            @Nullable URI baseUrl) {
        /** Whether the thing says its App Connection is gone (603, 604, 606), so that only a new token helps. */
        public boolean connectionGone() {
            Description description = description();
            return status.getStatus() == ThingStatus.OFFLINE
                    && status.getStatusDetail() == ThingStatusDetail.CONFIGURATION_ERROR && description != null
                    && description.connectionGone();
        }

        /** Whether OctoEverywhere never told the thing which printer it is. */
        public boolean neverConnected() {
            return printerName == null && printerUrl == null && status.getStatus() != ThingStatus.ONLINE;
        }

        /** Whether the set-up page offers a new token: only to a thing whose token is dead or never worked. */
        public boolean reconnectable() {
            return connectionGone() || neverConnected();
        }

        /**
         * Whether OctoEverywhere's answer is about this thing's printer, as far as the thing knows it: its page or its
         * name. A thing that knows neither takes any printer.
         */
        public boolean isPrinter(AppConnectionInfo info) {
            String url = info.printerUrl();
            String name = info.printerName();
            boolean known = printerUrl != null || printerName != null;
            return !known || (url != null && url.equals(printerUrl)) || (name != null && name.equals(printerName));
        }

        /** @return the binding's status text of the thing, or null when it shows another one or none */
        public @Nullable Description description() {
            return ConnectionStatus.read(status.getDescription());
        }
    }

    /**
     * A printer that waits in openHAB's Inbox for the user's approval.
     *
     * @param label the entry's label: the printer's name as OctoEverywhere answered
     */
    public record Waiting(ThingUID uid, String label) {
    }

    private final ThingRegistry thingRegistry;
    private final ManagedThingProvider managedThings;
    private final Inbox inbox;

    public PrinterThings(ThingRegistry thingRegistry, ManagedThingProvider managedThings, Inbox inbox) {
        this.thingRegistry = thingRegistry;
        this.managedThings = managedThings;
        this.inbox = inbox;
    }

    /** @return the printer things by label */
    public List<Printer> all() {
        return thingRegistry.getAll().stream().filter(thing -> THING_TYPE_PRINTER.equals(thing.getThingTypeUID()))
                .map(PrinterThings::printer).sorted(Comparator.comparing((Printer p) -> sortKey(p.label()))
                        .thenComparing(p -> p.uid().getAsString()))
                .toList();
    }

    /**
     * @return the printers waiting in the Inbox by label; ignored entries are left out, as Main UI's Inbox hides them,
     *         and so is an entry whose thing exists, which the list shows already
     */
    public List<Waiting> waiting() {
        return inbox.stream()
                .filter(result -> THING_TYPE_PRINTER.equals(result.getThingTypeUID())
                        && result.getFlag() == DiscoveryResultFlag.NEW
                        && thingRegistry.get(result.getThingUID()) == null)
                .map(result -> new Waiting(result.getThingUID(), label(result.getLabel(), result.getThingUID())))
                .sorted(Comparator.comparing((Waiting w) -> sortKey(w.label()))
                        .thenComparing(w -> w.uid().getAsString()))
                .toList();
    }

    /** @return the printer thing of this UID, or null if there is none */
    public @Nullable Printer get(ThingUID uid) {
        Thing thing = thingRegistry.get(uid);
        return thing == null || !THING_TYPE_PRINTER.equals(thing.getThingTypeUID()) ? null : printer(thing);
    }

    /**
     * Whether openHAB stores the thing itself (made in Main UI or approved from the Inbox), so that its Inbox can
     * change its configuration; a thing of a {@code .things} file it cannot change.
     */
    public boolean isManaged(ThingUID uid) {
        return managedThings.get(uid) != null;
    }

    /** Whether a thing or an Inbox entry has this UID: a new printer must not take it over. */
    public boolean isTaken(ThingUID uid) {
        return thingRegistry.get(uid) != null || inbox.stream().anyMatch(result -> uid.equals(result.getThingUID()));
    }

    private static Printer printer(Thing thing) {
        Map<String, String> properties = thing.getProperties();
        return new Printer(thing.getUID(), label(thing.getLabel(), thing.getUID()), thing.getStatusInfo(),
                thing.isEnabled(), properties.get(PROPERTY_PRINTER_NAME), properties.get(PROPERTY_PRINTER_URL),
                properties.get(PROPERTY_PRINTER_ID), baseUrl(thing.getConfiguration().get(CONFIG_BASE_URL)));
    }

    /** A label to show: the UID when there is none. */
    private static String label(@Nullable String label, ThingUID uid) {
        return label == null || label.isBlank() ? uid.getAsString() : label;
    }

    private static String sortKey(String label) {
        return label.toLowerCase(Locale.ROOT);
    }

    private static @Nullable URI baseUrl(@Nullable Object configured) {
        try {
            return BaseUrl.parse(configured == null ? BaseUrl.DEFAULT : configured.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
