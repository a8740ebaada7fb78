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
package org.openhab.core.net;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Tells the network addresses openHAB is configured to use.
 * <p>
 * Declaration of the part of openHAB's {@code NetworkAddressService} that the binding uses, for building without
 * openHAB's artifact repository; see DEVELOPING.md. It only declares a subset of openHAB's abstract methods, so the
 * binding must not implement it (tests may mock it).
 */
@NonNullByDefault
public interface NetworkAddressService {

    /** @return openHAB's primary IPv4 address, or null when there is none */
    @Nullable
    String getPrimaryIpv4HostAddress();
}
