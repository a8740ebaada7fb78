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

/**
 * What went wrong with an OctoEverywhere call, grouped by what the caller should do about it.
 *
 * <p>
 * OctoEverywhere may add new status codes at any time, so every code that is not known here is a
 * {@link #SERVER_ERROR}: retried later rather than treated as fatal.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum ApiError {
    /** 603, 604, 606: the App Connection is gone for good; only a new token helps. */
    TOKEN_INVALID,
    /** 605: the printer owner has no Supporter Perks at the moment; works again after an upgrade. */
    NOT_SUPPORTER,
    /** 601, 602: OctoEverywhere cannot reach the printer right now. */
    PRINTER_OFFLINE,
    /** 613: a print-tracking link was asked for while nothing is printing. */
    NO_ACTIVE_PRINT,
    /** 400, 5xx, 600, 607-612 and every status code not listed elsewhere. */
    SERVER_ERROR,
    /**
     * No usable answer: timeout, refused connection, network error, a redirect (not followed, because it
     * would carry the token elsewhere), or a body that is not a readable answer (not JSON, over the size
     * cap, required fields missing or invalid).
     */
    COMMUNICATION;

    /**
     * Maps a status that is not a success, either the HTTP status or the {@code Status} of an
     * OctoEverywhere envelope. 0 means there was no answer.
     */
    public static ApiError fromStatusCode(int statusCode) {
        return switch (statusCode) {
            case 603, 604, 606 -> TOKEN_INVALID;
            case 605 -> NOT_SUPPORTER;
            case 601, 602 -> PRINTER_OFFLINE;
            case 613 -> NO_ACTIVE_PRINT;
            case 0 -> COMMUNICATION;
            default -> statusCode >= 300 && statusCode < 400 ? COMMUNICATION : SERVER_ERROR;
        };
    }
}
