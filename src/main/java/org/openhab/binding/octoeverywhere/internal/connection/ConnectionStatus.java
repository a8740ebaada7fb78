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
package org.openhab.binding.octoeverywhere.internal.connection;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What OctoEverywhere's answers say about an App Connection, in the terms of a thing status: the handler turns it
 * into openHAB's status, with {@link #description()} as the status description. The one place that knows how the
 * binding writes status descriptions, so also the one that reads them back for the set-up page.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
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

    /** A status description the binding wrote, read back: the key of its text and the text's arguments. */
    public record Description(String textKey, List<String> arguments) {
        /** Whether it says the App Connection is gone (603, 604, 606), so that only a new token helps. */
        public boolean connectionGone() {
            return TOKEN_INVALID_TEXT.equals(textKey);
        }
    }

    private static final String TOKEN_INVALID_TEXT = "offline.config-error.token-invalid";
    /** All the binding's status texts are {@code offline.*}: openHAB's own descriptions are not read. */
    private static final Pattern DESCRIPTION = Pattern.compile("@text/(offline\\.[\\w.-]+)(?: \\[\"(-?\\d+)\"])?");

    static final ConnectionStatus ONLINE = new ConnectionStatus(Kind.ONLINE, null, 0);
    static final ConnectionStatus NOT_SUPPORTER = new ConnectionStatus(Kind.COMMUNICATION_ERROR,
            "offline.comm-error.not-supporter", 0);
    static final ConnectionStatus NO_ANSWER = new ConnectionStatus(Kind.COMMUNICATION_ERROR,
            "offline.comm-error.no-answer", 0);

    static ConnectionStatus errorCode(int code) {
        return new ConnectionStatus(Kind.COMMUNICATION_ERROR, "offline.comm-error.error-code", code);
    }

    static ConnectionStatus gone(int code) {
        return new ConnectionStatus(Kind.CONNECTION_GONE, TOKEN_INVALID_TEXT, code);
    }

    /** @return the thing status description: the key of the text, with the code as its argument unless it is 0 */
    public @Nullable String description() {
        String key = textKey;
        return key == null ? null : description(key, code);
    }

    /** @param textKey one of the binding's status texts, {@code offline.*} */
    public static String description(String textKey, int code) {
        return "@text/" + textKey + (code == 0 ? "" : " [\"" + code + "\"]");
    }

    /** @return what a status description the binding wrote says, or null for any other description or none */
    public static @Nullable Description read(@Nullable String description) {
        Matcher matcher = DESCRIPTION.matcher(description == null ? "" : description);
        if (!matcher.matches()) {
            return null;
        }
        String code = matcher.group(2);
        return new Description(matcher.group(1), code == null ? List.of() : List.of(code));
    }
}
