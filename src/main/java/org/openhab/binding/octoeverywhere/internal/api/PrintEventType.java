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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The documented values of a notification's {@code EventType}. OctoEverywhere never removes or renumbers them but
 * may add new ones, which have no constant here.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum PrintEventType {
    PRINT_STARTED(1),
    PRINT_COMPLETE(2),
    PRINT_FAILED(3),
    PRINT_PAUSED(4),
    PRINT_RESUMED(5),
    /** Every 10 % of progress and every hour of printing. */
    PRINT_PROGRESS(6),
    GADGET_WARNING(7),
    GADGET_PAUSED(8),
    ERROR(9),
    FIRST_LAYER_COMPLETE(10),
    FILAMENT_CHANGE(11),
    USER_INTERACTION(12),
    /** The account without Supporter Perks reached its daily number of notifications. */
    NOTIFICATION_LIMIT(13),
    THIRD_LAYER_COMPLETE(14),
    BED_COOLDOWN_COMPLETE(15),
    /** Sent by the test button of OctoEverywhere's notification page. */
    TEST(16);

    private final int code;

    PrintEventType(int code) {
        this.code = code;
    }

    /** The type of a code, or null for a code OctoEverywhere added after this list. */
    public static @Nullable PrintEventType of(int code) {
        for (PrintEventType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }
}
