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

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.types.State;

/**
 * What a printer's parts may tell openHAB, through the handler: channel states, channel events, the thing status and
 * its properties.
 */
@NonNullByDefault
interface ThingOutput {
    void state(String channelId, State state);

    void trigger(String channelId, String event);

    void status(ThingStatus status, ThingStatusDetail detail, @Nullable String description);

    /**
     * Properties to write soon, off the caller's thread: openHAB stores them in its database. An empty value removes
     * the property.
     */
    void properties(Map<String, String> properties);
}
