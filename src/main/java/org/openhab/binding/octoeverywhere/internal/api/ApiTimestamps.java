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

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Reads the timestamps of the Info API. They come from .NET and have been seen with seven fraction digits,
 * without a zone (meaning UTC) and as {@code 0001-01-01T00:00:00} (.NET's default value, meaning "never").
 * A timestamp that cannot be read is treated as unknown rather than failing the whole answer.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class ApiTimestamps {
    private static final int MAX_LENGTH = 64;

    private static final DateTimeFormatter FORMAT = Objects
            .requireNonNull(new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).optionalStart().appendOffset("+HH:MM:ss", "Z")
                    .optionalEnd().optionalStart().appendOffset("+HHMM", "Z").optionalEnd().toFormatter(Locale.ROOT));

    private ApiTimestamps() {
    }

    /** @return the instant, or null for missing, "never" (year 1 or earlier) and unreadable values */
    public static @Nullable Instant parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            return null;
        }
        if (trimmed.length() > 10 && trimmed.charAt(10) == ' ') {
            trimmed = trimmed.substring(0, 10) + 'T' + trimmed.substring(11);
        }
        try {
            TemporalAccessor parsed = FORMAT.parse(trimmed);
            OffsetDateTime dateTime = parsed.isSupported(ChronoField.OFFSET_SECONDS) ? OffsetDateTime.from(parsed)
                    : LocalDateTime.from(parsed).atOffset(ZoneOffset.UTC);
            return dateTime.getYear() <= 1 ? null : dateTime.toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
