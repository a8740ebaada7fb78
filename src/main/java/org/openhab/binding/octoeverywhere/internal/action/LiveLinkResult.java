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
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.LiveLink;
import org.openhab.binding.octoeverywhere.internal.api.LiveLinkRequest;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;
import org.openhab.binding.octoeverywhere.internal.connection.CallRefusedException;
import org.openhab.binding.octoeverywhere.internal.i18n.Texts;

/**
 * The map a rule action returns: the same keys every time, so rules can read them without checks. {@code error}
 * tells a rule what to do, {@code message} tells people, wholly in openHAB's language.
 *
 * <p>
 * Every value is a String, a Boolean or null: openHAB's REST API, through which Main UI runs actions, serialises the
 * map with a plain Gson, which fails on java.time values. So {@code expires} is ISO 8601 text with the offset of
 * openHAB's time zone, e.g. {@code 2026-11-30T14:00:00+01:00}, which {@code ZonedDateTime.parse} reads.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class LiveLinkResult {
    public static final String SUCCESS = "success";
    public static final String ERROR = "error";
    public static final String MESSAGE = "message";
    public static final String LIVE_ID = "liveId";
    public static final String URL = "url";
    public static final String SHORT_URL = "shortUrl";
    /** The url again, for Main UI, which draws an output of type {@code qrCode} as a QR code. */
    public static final String QR_CODE = "qrCode";

    public static final String EXPIRES = "expires";

    /** Hours outside 1 to 17520: nothing was sent. */
    public static final String INVALID_HOURS = "INVALID_HOURS";
    /** The thing's configuration is invalid: nothing was sent. */
    public static final String CONFIGURATION = "CONFIGURATION";
    /** The thing is not running, or stopped before the answer arrived. */
    public static final String NOT_RUNNING = "NOT_RUNNING";
    /** The App Connection is gone (603, 604, 606); also an {@code ApiError} name. */
    public static final String TOKEN_INVALID = "TOKEN_INVALID";

    private LiveLinkResult() {
    }

    public static Map<String, @Nullable Object> of(LiveLink link, String message, ZoneId zone) {
        Map<String, @Nullable Object> result = empty(true, null, message);
        result.put(LIVE_ID, link.liveId());
        result.put(URL, link.url());
        result.put(SHORT_URL, link.shortUrl());
        result.put(QR_CODE, link.url());
        Instant expires = link.expires();
        result.put(EXPIRES,
                expires == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(expires.atZone(zone)));
        return result;
    }

    /** A call that OctoEverywhere answered with an error, or that did not get a usable answer. */
    public static Map<String, @Nullable Object> of(OctoEverywhereException failure, Texts texts) {
        String code = String.valueOf(failure.statusCode());
        String message = switch (failure.error()) {
            case TOKEN_INVALID -> texts.get("action.result.token-invalid", code);
            case NOT_SUPPORTER -> texts.get("action.result.not-supporter");
            case PRINTER_OFFLINE -> texts.get("action.result.printer-offline", code);
            case NO_ACTIVE_PRINT -> texts.get("action.result.no-active-print");
            case SERVER_ERROR -> texts.get("action.result.server-error", code);
            case COMMUNICATION -> switch (failure.statusCode()) {
                case 0 -> texts.get("action.result.no-answer");
                case 200 -> texts.get("action.result.unreadable");
                default -> texts.get("action.result.redirect", code);
            };
        };
        return empty(false, failure.error().name(), message);
    }

    /** A call the thing did not send, or whose answer it could not hand over. */
    public static Map<String, @Nullable Object> of(CallRefusedException refusal, Texts texts) {
        return switch (refusal.reason()) {
            case CONFIGURATION -> empty(false, CONFIGURATION, texts.get("action.result.configuration"));
            case CONNECTION_GONE -> empty(false, TOKEN_INVALID,
                    texts.get("action.result.token-invalid", String.valueOf(refusal.statusCode())));
            case NOT_RUNNING -> empty(false, NOT_RUNNING, texts.get("action.result.not-running"));
            case STOPPED -> empty(false, NOT_RUNNING, texts.get("action.result.stopped"));
        };
    }

    public static Map<String, @Nullable Object> invalidHours(int hours, Texts texts) {
        return empty(false, INVALID_HOURS, texts.get("action.result.invalid-hours", String.valueOf(hours),
                String.valueOf(LiveLinkRequest.MIN_HOURS), String.valueOf(LiveLinkRequest.MAX_HOURS)));
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
        result.put(QR_CODE, null);
        result.put(EXPIRES, null);
        return result;
    }
}
