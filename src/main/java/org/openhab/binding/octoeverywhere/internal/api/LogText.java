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
 * Makes text from elsewhere (a server's answer, the browser's address bar) safe to put into a log line, an exception
 * message or a page: short, on one line.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class LogText {
    static final int MAX_EXCERPT = 200;

    private LogText() {
    }

    /** @param secret replaced wherever it occurs, in case a server echoes the token */
    static String excerpt(String text, String secret) {
        return oneLine(secret.isEmpty() ? text : text.replace(secret, "***"), MAX_EXCERPT);
    }

    /**
     * @return the text with every control character (line breaks among them) as a space, without spaces at either
     *         end, and cut to at most {@code max} code points followed by "…"; cut between code points, so that no
     *         character is ever split in half
     */
    static String oneLine(String text, int max) {
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        String stripped = line.toString().strip();
        if (stripped.codePointCount(0, stripped.length()) <= max) {
            return stripped;
        }
        return stripped.substring(0, stripped.offsetByCodePoints(0, max)).strip() + "…";
    }
}
