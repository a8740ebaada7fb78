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
package org.openhab.binding.octoeverywhere.internal.handler;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What OctoEverywhere's answers say about an App Connection, in the terms of a thing status: the handler turns it
 * into openHAB's status, with {@code textKey} (and {@code code}, when not 0) as the status description.
 */
@NonNullByDefault
public record ConnectionStatus(Kind kind, @Nullable String textKey, int code) {
    public enum Kind {
        /** The App Connection works (whether the printer is connected is the printer's own state). */
        ONLINE,
        /** Temporarily unusable: retried. */
        COMMUNICATION_ERROR,
        /** Gone for good (603, 604, 606): only a new token helps. */
        CONNECTION_GONE
    }

    /** The status text of a dead token, by which the set-up page tells which things need a reconnect. */
    public static final String TOKEN_INVALID_TEXT = "offline.config-error.token-invalid";

    static final ConnectionStatus ONLINE = new ConnectionStatus(Kind.ONLINE, null, 0);
    static final ConnectionStatus NOT_SUPPORTER =
            new ConnectionStatus(Kind.COMMUNICATION_ERROR, "offline.comm-error.not-supporter", 0);
    static final ConnectionStatus NO_ANSWER =
            new ConnectionStatus(Kind.COMMUNICATION_ERROR, "offline.comm-error.no-answer", 0);

    static ConnectionStatus errorCode(int code) {
        return new ConnectionStatus(Kind.COMMUNICATION_ERROR, "offline.comm-error.error-code", code);
    }

    static ConnectionStatus gone(int code) {
        return new ConnectionStatus(Kind.CONNECTION_GONE, TOKEN_INVALID_TEXT, code);
    }
}
