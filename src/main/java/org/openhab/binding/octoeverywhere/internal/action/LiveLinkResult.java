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

    public static Map<String, @Nullable Object> of(OctoEverywhereException failure) {
        return empty(false, failure.error().name(), describe(failure));
    }

    public static Map<String, @Nullable Object> invalidHours(@Nullable Integer hours) {
        return empty(
                false,
                INVALID_HOURS,
                "The hours must be a whole number from " + LiveLinkRequest.MIN_HOURS + " to "
                        + LiveLinkRequest.MAX_HOURS + ", not " + hours + ". No Live Link was requested.");
    }

    public static Map<String, @Nullable Object> none() {
        return empty(false, null, "There is no current Live Link.");
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

    private static String describe(OctoEverywhereException failure) {
        int code = failure.statusCode();
        return switch (failure.error()) {
            case TOKEN_INVALID -> code > 0
                    ? "The App Connection is gone (OctoEverywhere code " + code
                            + "). Create a new one in the App Connection Portal and enter its token."
                    : "No Live Link was requested: " + failure.getMessage() + ".";
            case NOT_SUPPORTER -> "The printer owner's OctoEverywhere account has no Supporter Perks at the moment.";
            case PRINTER_OFFLINE -> "The printer is not connected to OctoEverywhere (code " + code + ").";
            case NO_ACTIVE_PRINT -> "The printer is not printing, so there is no print for the Live Link to follow.";
            case SERVER_ERROR -> "OctoEverywhere answered with code " + code + ".";
            case COMMUNICATION -> "OctoEverywhere gave no usable answer: " + failure.getMessage() + ".";
        };
    }
}
