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
 * Checks the format of an App API token before it goes into an HTTP header, where a line break would let
 * it inject headers. Messages never repeat the token.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class AppTokens {
    static final int MAX_LENGTH = 4096;

    private AppTokens() {
    }

    /**
     * @return the token without surrounding whitespace (left over from copy and paste)
     * @throws IllegalArgumentException when it is blank, too long, or contains spaces, control or non-ASCII
     *             characters
     */
    public static String requireValid(@Nullable String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("The App API token is empty");
        }
        String trimmed = token.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The App API token is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw new IllegalArgumentException(
                        "The App API token contains a space, line break or other character that is not allowed");
            }
        }
        return trimmed;
    }
}
