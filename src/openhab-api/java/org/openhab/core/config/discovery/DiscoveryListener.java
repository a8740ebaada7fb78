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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingUID;

/**
 * Hears of the results of discovery services; openHAB's Inbox is one.
 * <p>
 * Declaration of openHAB's {@code DiscoveryListener} for building without openHAB's artifact repository; see
 * DEVELOPING.md. It only declares what openHAB 4.3.11 and 5.2.1 share: {@code removeOlderResults} takes a {@code long}
 * in 4.3.11 and an {@code Instant} in 5.2.1, so it is left out, and the binding must not implement this interface.
 */
@NonNullByDefault
public interface DiscoveryListener {

    void thingDiscovered(DiscoveryService source, DiscoveryResult result);

    void thingRemoved(DiscoveryService source, ThingUID thingUID);
}
