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
package org.openhab.binding.octoeverywhere.internal;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.types.State;

/**
 * What the parts of a printer thing show in openHAB: channel states and triggers, the thing status and its
 * properties, in openHAB's words. The handler implements it; the parts know nothing else of openHAB's thing API.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface ThingOutput {
    void updateState(String channelId, State state);

    void triggerChannel(String channelId, String event);

    void updateStatus(ThingStatus status, ThingStatusDetail detail, @Nullable String description);

    /**
     * Properties to write soon, off the caller's thread: openHAB stores them in its database. An empty value removes
     * the property.
     */
    void updateProperties(Map<String, String> properties);
}
