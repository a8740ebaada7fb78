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
 * What Gadget, OctoEverywhere's AI failure detection, says of the print.
 *
 * @param state 0 disabled, 1 disabled for the current print, 2 idle, 3 active, 4 paused the print for a failure;
 *            other values may come
 * @param status a few words for people, meaningful only while {@link #ACTIVE}
 * @param color {@code g}, {@code y}, {@code r} or {@code w} (green, yellow, red, white), or null
 * @param rating 1 (failure) to 10 (perfect), or null
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record GadgetStatus(int state, @Nullable String status, @Nullable String color, @Nullable Integer rating) {
    public static final int DISABLED = 0;
    public static final int DISABLED_FOR_PRINT = 1;
    public static final int IDLE = 2;
    public static final int ACTIVE = 3;
    public static final int PAUSED_FAILURE = 4;
}
