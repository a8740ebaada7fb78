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
package org.openhab.binding.octoeverywhere.internal.gadget;

import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.States;
import org.openhab.binding.octoeverywhere.internal.ThingOutput;
import org.openhab.binding.octoeverywhere.internal.api.GadgetStatus;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.types.UnDefType;

/**
 * Shows what Gadget says on the Gadget channels; all {@code UNDEF} while it cannot tell.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class GadgetChannels implements GadgetWatch.Listener {
    /** The channels whose items make the binding ask Gadget at all. */
    public static final List<String> CHANNELS = List.of(CHANNEL_GADGET_STATE, CHANNEL_GADGET_STATUS,
            CHANNEL_GADGET_COLOR, CHANNEL_GADGET_RATING);

    private static final List<String> STATES = List.of("DISABLED", "DISABLED_FOR_PRINT", "IDLE", "ACTIVE",
            "PAUSED_FAILURE");

    private final ThingOutput output;

    public GadgetChannels(ThingOutput output) {
        this.output = output;
    }

    @Override
    public void gadgetChanged(@Nullable GadgetStatus status) {
        if (status == null) {
            CHANNELS.forEach(channel -> output.updateState(channel, UnDefType.UNDEF));
            return;
        }
        output.updateState(CHANNEL_GADGET_STATE, States.string(state(status.state())));
        // Gadget's words describe an active print only.
        output.updateState(CHANNEL_GADGET_STATUS,
                States.string(status.state() == GadgetStatus.ACTIVE ? status.status() : null));
        output.updateState(CHANNEL_GADGET_COLOR, States.string(color(status.color())));
        Integer rating = status.rating();
        output.updateState(CHANNEL_GADGET_RATING, rating == null ? UnDefType.UNDEF : new DecimalType(rating));
    }

    /** The state's name; a state OctoEverywhere added later shows as its number. */
    static String state(int state) {
        return state >= 0 && state < STATES.size() ? STATES.get(state) : String.valueOf(state);
    }

    static @Nullable String color(@Nullable String letter) {
        if (letter == null) {
            return null;
        }
        return switch (letter) {
            case "g" -> "GREEN";
            case "y" -> "YELLOW";
            case "r" -> "RED";
            case "w" -> "WHITE";
            default -> null;
        };
    }
}
