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
package org.openhab.core.config.discovery;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * A thing a discovery service found: what the Inbox shows and what approving it creates. Only a subset of openHAB's
 * members is declared: {@code getTimestamp()} (4.3) became {@code getCreationTime()} (5.x).
 * <p>
 * Declaration of openHAB's {@code DiscoveryResult} for building without openHAB's artifact repository; see
 * DEVELOPING.md. It only declares. openHAB's results come from {@link DiscoveryResultBuilder}, the binding must not
 * implement it.
 */
@NonNullByDefault
public interface DiscoveryResult {

    /** A time to live that never ends. */
    long TTL_UNLIMITED = -1;

    ThingUID getThingUID();

    ThingTypeUID getThingTypeUID();

    String getBindingId();

    /** @return the properties; those named like a configuration parameter become the thing's configuration */
    Map<String, Object> getProperties();

    @Nullable
    String getRepresentationProperty();

    DiscoveryResultFlag getFlag();

    String getLabel();

    @Nullable
    ThingUID getBridgeUID();

    /** @return seconds the result stays in the Inbox, or {@link #TTL_UNLIMITED} */
    long getTimeToLive();

    default void normalizePropertiesOnConfigDescription(List<String> configurationParameters) {
    }
}
