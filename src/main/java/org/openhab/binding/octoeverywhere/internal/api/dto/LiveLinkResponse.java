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
 * The answer of {@code POST /api/live/createfromappconnection}. Documented in PascalCase; camelCase is
 * accepted too in case a serializer setting changes on OctoEverywhere's side.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class LiveLinkResponse {
    @SerializedName(value = "LiveId", alternate = "liveId")
    public @Nullable String liveId;

    @SerializedName(value = "Url", alternate = "url")
    public @Nullable String url;

    @SerializedName(value = "ShortUrl", alternate = "shortUrl")
    public @Nullable String shortUrl;
}
