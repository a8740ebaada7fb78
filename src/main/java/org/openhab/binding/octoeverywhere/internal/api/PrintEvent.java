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

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One notification OctoEverywhere sent about a printer, as far as it could be trusted: every field but the event
 * type is optional, and a field that was missing or unreadable is null.
 *
 * @param eventType the {@code EventType}; see {@link PrintEventType}
 * @param quickViewUrl an address that lets whoever has it pause or cancel the print: never logged
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record PrintEvent(int eventType, @Nullable String printerId, @Nullable String printId,
        @Nullable String printerName, @Nullable String fileName, @Nullable Integer progress,
        @Nullable Integer durationSec, @Nullable Integer timeRemainingSec, @Nullable Integer currentLayer,
        @Nullable Integer totalLayers, @Nullable BigDecimal zOffsetMm, @Nullable String snapshotUrl,
        @Nullable String quickViewUrl, @Nullable String error, @Nullable String platformErrorCode) {

    /** An event of this type that tells nothing about the print. */
    public static PrintEvent withoutData(int eventType) {
        return new PrintEvent(eventType, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    public @Nullable PrintEventType type() {
        return PrintEventType.of(eventType);
    }

    /** The event's name on channel {@code print-event}: the type's name, or {@code EVENT_<n>} for a new type. */
    public String name() {
        PrintEventType type = type();
        return type != null ? type.name() : "EVENT_" + eventType;
    }

    /** For logs: what happened to which print, without the addresses. */
    @Override
    public String toString() {
        return "PrintEvent[" + name() + ", printId=" + printId + ", progress=" + progress + "]";
    }
}
