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
 * How a text field from OctoEverywhere (an API answer, a notification, the portal's return) is taken: the same rule
 * wherever it comes from, so that a printer's name from one compares equal with its name from another.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class FieldText {
    static final int MAX_ID_LENGTH = 128;
    static final int MAX_TEXT_LENGTH = 256;

    private FieldText() {
    }

    /** An id, stripped; null when blank or too long, as a shortened id would name something else. */
    static @Nullable String id(@Nullable String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.isEmpty() || stripped.length() > MAX_ID_LENGTH ? null : stripped;
    }

    /** A name or message on one line, cut to {@code max} characters; null when nothing is left. */
    static @Nullable String text(@Nullable String value, int max) {
        String line = value == null ? "" : LogText.oneLine(value, max);
        return line.isEmpty() ? null : line;
    }
}
