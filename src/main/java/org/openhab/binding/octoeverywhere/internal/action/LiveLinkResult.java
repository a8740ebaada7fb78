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
package org.openhab.binding.octoeverywhere.internal.action;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.LiveLink;
import org.openhab.binding.octoeverywhere.internal.api.LiveLinkRequest;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;
import org.openhab.binding.octoeverywhere.internal.handler.LiveLinkRefusedException;

/**
 * The map a rule action returns: the same keys every time, so rules can read them without checks.
 */
@NonNullByDefault
public final class LiveLinkResult {
    public static final String SUCCESS = "success";
    public static final String ERROR = "error";
    public static final String MESSAGE = "message";
    public static final String LIVE_ID = "liveId";
    public static final String URL = "url";
    public static final String SHORT_URL = "shortUrl";
    public static final String EXPIRES = "expires";

    /** The {@code error} of a refused number of hours; the others are the names of {@code ApiError}. */
    public static final String INVALID_HOURS = "INVALID_HOURS";

    private LiveLinkResult() {}

    public static Map<String, @Nullable Object> of(LiveLink link, String message) {
        Map<String, @Nullable Object> result = empty(true, null, message);
        result.put(LIVE_ID, link.liveId());
        result.put(URL, link.url());
        result.put(SHORT_URL, link.shortUrl());
        Instant expires = link.expires();
        result.put(EXPIRES, expires == null ? null : expires.atZone(ZoneId.systemDefault()));
        return result;
    }

    public static Map<String, @Nullable Object> of(OctoEverywhereException failure, ResultTexts texts) {
        return empty(false, failure.error().name(), describe(failure, texts));
    }

    public static Map<String, @Nullable Object> invalidHours(int hours, ResultTexts texts) {
        return empty(
                false,
                INVALID_HOURS,
                texts.get(
                        "action.result.invalid-hours",
                        String.valueOf(hours),
                        String.valueOf(LiveLinkRequest.MIN_HOURS),
                        String.valueOf(LiveLinkRequest.MAX_HOURS)));
    }

    public static Map<String, @Nullable Object> none(String message) {
        return empty(false, null, message);
    }

    private static Map<String, @Nullable Object> empty(boolean success, @Nullable String error, String message) {
        Map<String, @Nullable Object> result = new HashMap<>();
        result.put(SUCCESS, success);
        result.put(ERROR, error);
        result.put(MESSAGE, message);
        result.put(LIVE_ID, null);
        result.put(URL, null);
        result.put(SHORT_URL, null);
        result.put(EXPIRES, null);
        return result;
    }

    private static String describe(OctoEverywhereException failure, ResultTexts texts) {
        if (failure instanceof LiveLinkRefusedException) {
            return texts.get("action.result.refused", failure.getMessage());
        }
        String code = String.valueOf(failure.statusCode());
        return switch (failure.error()) {
            case TOKEN_INVALID -> texts.get("action.result.token-invalid", code);
            case NOT_SUPPORTER -> texts.get("action.result.not-supporter");
            case PRINTER_OFFLINE -> texts.get("action.result.printer-offline", code);
            case NO_ACTIVE_PRINT -> texts.get("action.result.no-active-print");
            case SERVER_ERROR -> texts.get("action.result.server-error", code);
            case COMMUNICATION -> texts.get("action.result.communication", failure.getMessage());
        };
    }
}
