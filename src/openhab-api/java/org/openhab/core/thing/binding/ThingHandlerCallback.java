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
package org.openhab.core.thing.binding;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/**
 * The callback a {@link ThingHandler} informs the framework through. Only a subset of openHAB's members is declared.
 * <p>
 * Declaration of openHAB's {@code ThingHandlerCallback} for building without openHAB's artifact repository; see
 * DEVELOPING.md. It only declares a subset of openHAB's abstract methods, so the binding must not implement it (tests
 * may mock it).
 */
@NonNullByDefault
public interface ThingHandlerCallback {

    void stateUpdated(ChannelUID channelUID, State state);

    void postCommand(ChannelUID channelUID, Command command);

    void statusUpdated(Thing thing, ThingStatusInfo thingStatus);

    void thingUpdated(Thing thing);

    /**
     * Validates configuration parameters; openHAB throws its (unchecked) {@code ConfigValidationException} when
     * they are not valid.
     */
    void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters);

    void configurationUpdated(Thing thing);

    void channelTriggered(Thing thing, ChannelUID channelUID, String event);

    boolean isChannelLinked(ChannelUID channelUID);
}
