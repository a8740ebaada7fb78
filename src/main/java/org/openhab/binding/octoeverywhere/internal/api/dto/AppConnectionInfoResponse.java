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
 * The answer of {@code GET /api/appconnection/info}. Timestamps stay strings here because their format
 * varies; {@code PrinterLimits} is not read.
 */
public class AppConnectionInfoResponse {
    @SerializedName(value = "PrinterName", alternate = "printerName")
    public String printerName;

    @SerializedName(value = "PrinterLocalIp", alternate = "printerLocalIp")
    public String printerLocalIp;

    @SerializedName(value = "IsOnline", alternate = "isOnline")
    public Boolean isOnline;

    @SerializedName(value = "LastConnectionTimeUtc", alternate = "lastConnectionTimeUtc")
    public String lastConnectionTimeUtc;

    @SerializedName(value = "LastDisconnectTimeUtc", alternate = "lastDisconnectTimeUtc")
    public String lastDisconnectTimeUtc;

    @SerializedName(value = "UserFacingPrinterUrl", alternate = "userFacingPrinterUrl")
    public String userFacingPrinterUrl;
}
