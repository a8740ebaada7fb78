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
 * Makes text from a server safe to put into a log line or exception message: short, on one line.
 */
@NonNullByDefault
final class LogText {
    static final int MAX_EXCERPT = 200;

    private LogText() {}

    /** @param secret replaced wherever it occurs, in case a server echoes the token */
    static String excerpt(String text, String secret) {
        String redacted = secret.isEmpty() ? text : text.replace(secret, "***");
        String shortened = redacted.length() > MAX_EXCERPT ? redacted.substring(0, MAX_EXCERPT) + "..." : redacted;
        StringBuilder result = new StringBuilder(shortened.length());
        shortened.codePoints().forEach(c -> result.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return result.toString().strip();
    }
}
