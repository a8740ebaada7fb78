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
package org.openhab.binding.octoeverywhere.internal.api.dto;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.annotations.SerializedName;

/**
 * The answer of the Gadget Status API, as sent.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class GadgetStatusResponse {
    @SerializedName(value = "State", alternate = "state")
    public @Nullable Integer state;

    @SerializedName(value = "Status", alternate = "status")
    public @Nullable String status;

    @SerializedName(value = "StatusColor", alternate = "statusColor")
    public @Nullable String statusColor;

    @SerializedName(value = "Rating", alternate = "rating")
    public @Nullable Integer rating;
}
