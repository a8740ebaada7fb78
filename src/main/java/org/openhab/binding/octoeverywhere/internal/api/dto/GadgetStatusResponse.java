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

import com.google.gson.annotations.SerializedName;

/**
 * The answer of the Gadget Status API, as sent.
 */
public class GadgetStatusResponse {
    @SerializedName(value = "State", alternate = "state")
    public Integer state;

    @SerializedName(value = "Status", alternate = "status")
    public String status;

    @SerializedName(value = "StatusColor", alternate = "statusColor")
    public String statusColor;

    @SerializedName(value = "Rating", alternate = "rating")
    public Integer rating;
}
