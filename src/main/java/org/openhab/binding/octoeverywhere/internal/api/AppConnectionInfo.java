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
package org.openhab.binding.octoeverywhere.internal.api;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The answer of the App Connection Info API: the token is valid, and this is the printer's state.
 *
 * @param printerName the name the owner gave the printer
 * @param printerLocalIp the printer's last known address in its own network, if reported
 * @param online whether the printer is connected to OctoEverywhere now
 * @param lastConnected when the printer last connected; null for never or unknown
 * @param lastDisconnected when the printer last disconnected; null for never or unknown
 * @param printerUrl OctoEverywhere's page of the printer (needs the owner's login); null when missing or not
 *            an absolute http(s) URL
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record AppConnectionInfo(@Nullable String printerName, @Nullable String printerLocalIp, boolean online,
        @Nullable Instant lastConnected, @Nullable Instant lastDisconnected, @Nullable String printerUrl) {
}
