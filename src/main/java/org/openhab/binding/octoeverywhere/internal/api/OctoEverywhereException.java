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
 * A failed OctoEverywhere call. The message is English text for logs and never contains the App API token.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class OctoEverywhereException extends Exception {
    private static final long serialVersionUID = 1L;

    private final ApiError error;
    private final int statusCode;

    public OctoEverywhereException(ApiError error, int statusCode, String message) {
        this(error, statusCode, message, null);
    }

    public OctoEverywhereException(ApiError error, int statusCode, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.error = error;
        this.statusCode = statusCode;
    }

    public ApiError error() {
        return error;
    }

    /** The HTTP status or the status of the OctoEverywhere envelope; 0 when no complete answer arrived. */
    public int statusCode() {
        return statusCode;
    }
}
