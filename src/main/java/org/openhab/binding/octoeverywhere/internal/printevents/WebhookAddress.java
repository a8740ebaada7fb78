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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants;

/**
 * The address to enter on OctoEverywhere's notification page: openHAB's LAN address and HTTP port, and the path the
 * webhook servlet serves. Plain HTTP: in LAN mode the OctoEverywhere plugin on the printer's network sends it.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class WebhookAddress {
    private WebhookAddress() {
    }

    /** The address, or null when the host or port is not known. */
    public static @Nullable String of(@Nullable String host, int port) {
        if (host == null || host.isBlank() || port <= 0 || port > 65535) {
            return null;
        }
        return "http://" + host.strip() + ":" + port + OctoEverywhereBindingConstants.WEBHOOK_PATH;
    }
}
