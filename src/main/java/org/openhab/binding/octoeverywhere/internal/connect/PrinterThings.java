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

import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.THING_TYPE_PRINTER;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.handler.ConnectionStatus;
import org.openhab.binding.octoeverywhere.internal.handler.ConnectionStatus.Description;
import org.openhab.core.thing.ManagedThingProvider;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;

/**
 * The printer things openHAB has, from all its providers, also the disabled ones: what the set-up page lists and
 * reconnects. Only labels and status are read, never a configuration value.
 */
@NonNullByDefault
final class PrinterThings {
    /** A printer thing as the set-up page shows it. */
    record Printer(ThingUID uid, String label, ThingStatusInfo status, boolean enabled) {
        /** Whether the thing says its App Connection is gone (603, 604, 606), so that only a new token helps. */
        boolean connectionGone() {
            Description description = description();
            return status.getStatus() == ThingStatus.OFFLINE
                    && status.getStatusDetail() == ThingStatusDetail.CONFIGURATION_ERROR
                    && description != null
                    && description.connectionGone();
        }

        /** @return the binding's status text of the thing, or null when it shows another one or none */
        @Nullable
        Description description() {
            return ConnectionStatus.read(status.getDescription());
        }
    }

    private final ThingRegistry thingRegistry;
    private final ManagedThingProvider managedThings;

    PrinterThings(ThingRegistry thingRegistry, ManagedThingProvider managedThings) {
        this.thingRegistry = thingRegistry;
        this.managedThings = managedThings;
    }

    /** @return the printer things by label */
    List<Printer> all() {
        return thingRegistry.getAll().stream()
                .filter(thing -> THING_TYPE_PRINTER.equals(thing.getThingTypeUID()))
                .map(PrinterThings::printer)
                .sorted(Comparator.comparing((Printer p) -> p.label().toLowerCase(Locale.ROOT))
                        .thenComparing(p -> p.uid().getAsString()))
                .toList();
    }

    /** @return the printer thing of this UID, or null if there is none */
    @Nullable
    Printer get(ThingUID uid) {
        Thing thing = thingRegistry.get(uid);
        return thing == null || !THING_TYPE_PRINTER.equals(thing.getThingTypeUID()) ? null : printer(thing);
    }

    /**
     * Whether openHAB stores the thing itself (made in Main UI or approved from the Inbox), so that its Inbox can
     * change its configuration; a thing of a {@code .things} file it cannot change.
     */
    boolean isManaged(ThingUID uid) {
        return managedThings.get(uid) != null;
    }

    private static Printer printer(Thing thing) {
        String label = thing.getLabel();
        return new Printer(
                thing.getUID(),
                label == null || label.isBlank() ? thing.getUID().getAsString() : label,
                thing.getStatusInfo(),
                thing.isEnabled());
    }
}
