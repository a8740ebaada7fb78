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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.octoeverywhere.internal.ThingOutput;
import org.openhab.binding.octoeverywhere.internal.api.GadgetStatus;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * What each of Gadget's answers shows on the Gadget channels.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class GadgetChannelsTest {
    private final Map<String, State> states = new HashMap<>();
    private final GadgetChannels channels = new GadgetChannels(new ThingOutput() {
        @Override
        public void updateState(String channelId, State state) {
            states.put(channelId, state);
        }

        @Override
        public void triggerChannel(String channelId, String event) {
        }

        @Override
        public void updateStatus(ThingStatus status, ThingStatusDetail detail, @Nullable String description) {
        }

        @Override
        public void updateProperties(Map<String, String> properties) {
        }
    });

    @ParameterizedTest
    @CsvSource({ "0, DISABLED", "1, DISABLED_FOR_PRINT", "2, IDLE", "3, ACTIVE", "4, PAUSED_FAILURE", "9, 9" })
    void everyStateHasItsNameAndANewOneItsNumber(int state, String shown) {
        channels.gadgetChanged(new GadgetStatus(state, "Looking Good", "g", 8));
        assertEquals(new StringType(shown), states.get(CHANNEL_GADGET_STATE));
    }

    @ParameterizedTest
    @CsvSource({ "g, GREEN", "y, YELLOW", "r, RED", "w, WHITE" })
    void everyColorHasItsName(String letter, String shown) {
        channels.gadgetChanged(new GadgetStatus(3, null, letter, null));
        assertEquals(new StringType(shown), states.get(CHANNEL_GADGET_COLOR));
    }

    @Test
    void anUnknownColorAndAMissingRatingAreUndef() {
        channels.gadgetChanged(new GadgetStatus(3, null, "x", null));
        assertEquals(UnDefType.UNDEF, states.get(CHANNEL_GADGET_COLOR));
        assertEquals(UnDefType.UNDEF, states.get(CHANNEL_GADGET_RATING));
    }

    @Test
    void theStatusWordsShowOnlyWhileGadgetWatchesAPrint() {
        channels.gadgetChanged(new GadgetStatus(3, "Looking Good", "g", 8));
        assertEquals(new StringType("Looking Good"), states.get(CHANNEL_GADGET_STATUS));
        assertEquals(new DecimalType(8), states.get(CHANNEL_GADGET_RATING));
        channels.gadgetChanged(new GadgetStatus(2, "Looking Good", "w", 8));
        assertEquals(UnDefType.UNDEF, states.get(CHANNEL_GADGET_STATUS));
    }

    @Test
    void whenGadgetCannotTellEveryChannelIsUndef() {
        channels.gadgetChanged(new GadgetStatus(3, "Looking Good", "g", 8));
        channels.gadgetChanged(null);
        for (String channel : GadgetChannels.CHANNELS) {
            assertEquals(UnDefType.UNDEF, states.get(channel), channel);
        }
    }
}
