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
 * The answer of {@code GET /api/appconnection/info}. Timestamps stay strings here because their format
 * varies; {@code PrinterLimits} is not read.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class AppConnectionInfoResponse {
    @SerializedName(value = "PrinterName", alternate = "printerName")
    public @Nullable String printerName;

    @SerializedName(value = "PrinterLocalIp", alternate = "printerLocalIp")
    public @Nullable String printerLocalIp;

    @SerializedName(value = "IsOnline", alternate = "isOnline")
    public @Nullable Boolean isOnline;

    @SerializedName(value = "LastConnectionTimeUtc", alternate = "lastConnectionTimeUtc")
    public @Nullable String lastConnectionTimeUtc;

    @SerializedName(value = "LastDisconnectTimeUtc", alternate = "lastDisconnectTimeUtc")
    public @Nullable String lastDisconnectTimeUtc;

    @SerializedName(value = "UserFacingPrinterUrl", alternate = "userFacingPrinterUrl")
    public @Nullable String userFacingPrinterUrl;
}
