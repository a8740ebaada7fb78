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

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What the notifications have told about the current print; null where they have not told (yet).
 *
 * @param eta when the print should end, from the last time remaining
 * @param quickViewUrl lets whoever has it pause or cancel the print: never logged
 * @param lastError the printer's last error text and code
 * @param lastEvent when the last notification arrived
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record PrintStatus(@Nullable State state, @Nullable String file, @Nullable Integer progress,
        @Nullable Integer durationSec, @Nullable Integer timeRemainingSec, @Nullable Instant eta,
        @Nullable Integer currentLayer, @Nullable Integer totalLayers, @Nullable BigDecimal zOffsetMm,
        @Nullable String snapshotUrl, @Nullable String quickViewUrl, @Nullable String lastError,
        @Nullable Instant lastEvent) {

    /** The print's state as the events tell it. */
    public enum State {
        PRINTING,
        PAUSED,
        COMPLETE,
        FAILED
    }

    public static final PrintStatus UNKNOWN = new PrintStatus(null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    /** Without the addresses, which are not for logs. */
    @Override
    public String toString() {
        return "PrintStatus[" + state + ", " + progress + " %, layer " + currentLayer + "/" + totalLayers + "]";
    }
}
