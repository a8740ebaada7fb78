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

import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.States;
import org.openhab.binding.octoeverywhere.internal.ThingOutput;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * Shows what the {@link PrintTracker} follows on the print channels, and each notification on {@code print-event}.
 * Only channels whose state changed are updated: a progress notification moves a few of them, and openHAB posts an
 * event for every update.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class PrintChannels implements PrintTracker.Listener {
    private final ThingOutput output;
    /** What the channels show; the tracker calls with its lock held, one call at a time. */
    private final Map<String, State> shown = new HashMap<>();

    public PrintChannels(ThingOutput output) {
        this.output = output;
    }

    @Override
    public void printChanged(PrintStatus status, boolean newPrint) {
        states(status).forEach((channel, state) -> {
            // Unknown within the print that was followed: the channel keeps what openHAB has, which may be a value
            // it restored at startup for the very print the first notification after the restart tells of.
            if (state == UnDefType.UNDEF && !newPrint) {
                return;
            }
            if (!state.equals(shown.put(channel, state))) {
                output.updateState(channel, state);
            }
        });
    }

    @Override
    public void eventReceived(String name) {
        output.triggerChannel(CHANNEL_PRINT_EVENT, name);
    }

    /** Shows what is known, and leaves the rest as openHAB has it (restored after a restart, say). */
    @Override
    public void printRefreshed(PrintStatus status) {
        states(status).forEach((channel, state) -> {
            if (state != UnDefType.UNDEF) {
                shown.put(channel, state);
                output.updateState(channel, state);
            }
        });
    }

    static Map<String, State> states(PrintStatus status) {
        PrintStatus.State state = status.state();
        Map<String, State> states = new LinkedHashMap<>();
        states.put(CHANNEL_PRINT_STATE, States.string(state == null ? null : state.name()));
        states.put(CHANNEL_PRINT_PROGRESS, quantity(status.progress(), "%"));
        states.put(CHANNEL_PRINT_FILE, States.string(status.file()));
        states.put(CHANNEL_PRINT_DURATION, quantity(status.durationSec(), "s"));
        states.put(CHANNEL_PRINT_TIME_REMAINING, quantity(status.timeRemainingSec(), "s"));
        states.put(CHANNEL_PRINT_ETA, States.instant(status.eta()));
        states.put(CHANNEL_CURRENT_LAYER, number(status.currentLayer()));
        states.put(CHANNEL_TOTAL_LAYERS, number(status.totalLayers()));
        states.put(CHANNEL_Z_OFFSET, quantity(status.zOffsetMm(), "mm"));
        states.put(CHANNEL_SNAPSHOT_URL, States.string(status.snapshotUrl()));
        states.put(CHANNEL_QUICK_VIEW_URL, States.string(status.quickViewUrl()));
        states.put(CHANNEL_LAST_ERROR, States.string(status.lastError()));
        states.put(CHANNEL_LAST_EVENT, States.instant(status.lastEvent()));
        return states;
    }

    private static State quantity(@Nullable Number value, String unit) {
        if (value == null) {
            return UnDefType.UNDEF;
        }
        String number = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        return new QuantityType<>(number + " " + unit);
    }

    private static State number(@Nullable Integer value) {
        return value == null ? UnDefType.UNDEF : new DecimalType(value);
    }
}
