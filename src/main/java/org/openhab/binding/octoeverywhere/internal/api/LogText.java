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

import java.util.List;
import java.util.Locale;

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

    /**
     * @param secret replaced wherever it occurs, in case a server echoes the token: as it is, and as JSON may escape
     *            it (a slash after a backslash, or what is neither a letter nor a digit as a backslash, u and four
     *            hex digits)
     */
    static String excerpt(String text, String secret) {
        if (secret.isEmpty()) {
            return oneLine(text, MAX_EXCERPT);
        }
        String hidden = text;
        for (String form : List.of(secret, secret.replace("/", "\\/"), escaped(secret, "\\u%04x"),
                escaped(secret, "\\u%04X"))) {
            hidden = hidden.replace(form, "***");
        }
        return oneLine(hidden, MAX_EXCERPT);
    }

    /** The text with what is neither a letter nor a digit written in this format, given its code. */
    private static String escaped(String text, String format) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.chars().forEach(c -> escaped.append(
                Character.isLetterOrDigit(c) ? String.valueOf((char) c) : String.format(Locale.ROOT, format, c)));
        return escaped.toString();
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
