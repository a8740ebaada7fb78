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
package org.openhab.binding.octoeverywhere.internal.connection;

import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.States;
import org.openhab.binding.octoeverywhere.internal.ThingOutput;
import org.openhab.binding.octoeverywhere.internal.api.AppConnectionInfo;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.types.UnDefType;

/**
 * Shows what the {@link ConnectionWatch} learns: the thing status, the printer channels and the printer's properties.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class ConnectionChannels implements ConnectionWatch.Listener {
    private final ThingOutput output;

    public ConnectionChannels(ThingOutput output) {
        this.output = output;
    }

    @Override
    public void statusChanged(ConnectionStatus status) {
        String description = status.description();
        switch (status.kind()) {
            case ONLINE -> output.updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE, null);
            case COMMUNICATION_ERROR ->
                output.updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, description);
            case CONNECTION_GONE ->
                output.updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, description);
        }
    }

    @Override
    public void printerChanged(@Nullable AppConnectionInfo info) {
        output.updateState(CHANNEL_PRINTER_ONLINE, info == null ? UnDefType.UNDEF : OnOffType.from(info.online()));
        output.updateState(CHANNEL_LAST_CONNECTED, States.instant(info == null ? null : info.lastConnected()));
        output.updateState(CHANNEL_LAST_DISCONNECTED, States.instant(info == null ? null : info.lastDisconnected()));
        if (info == null) {
            return;
        }
        // An answer without a value keeps the last known one: the IP, for one, is missing while the printer is away.
        Map<String, String> properties = new HashMap<>();
        putIfKnown(properties, PROPERTY_PRINTER_NAME, info.printerName());
        putIfKnown(properties, PROPERTY_PRINTER_LOCAL_IP, info.printerLocalIp());
        putIfKnown(properties, PROPERTY_PRINTER_URL, info.printerUrl());
        output.updateProperties(properties);
    }

    private static void putIfKnown(Map<String, String> properties, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            properties.put(name, value);
        }
    }
}
