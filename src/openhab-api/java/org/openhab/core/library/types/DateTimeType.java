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
package org.openhab.core.library.types;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * Date and time state and command: an instant, shown in a time zone (the JVM's default unless one is given).
 * <p>
 * Declaration of the members openHAB 4.3.11 and 5.2.1 share, for building without openHAB's artifact repository; see
 * DEVELOPING.md. The behaviour of the declared members follows openHAB 4.3.11/5.2.1, including how
 * {@code toFullString} shortens the nanoseconds; the text parsing constructor and {@code valueOf} are not declared,
 * nor 4.3's deprecated {@code toZone} and {@code toLocaleZone}.
 */
@NonNullByDefault
public class DateTimeType implements PrimitiveType, State, Command, Comparable<DateTimeType> {

    public static final String DATE_PATTERN = "yyyy-MM-dd'T'HH:mm:ss";
    public static final String DATE_PATTERN_WITH_TZ = "yyyy-MM-dd'T'HH:mm:ssz";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_GENERAL = "yyyy-MM-dd'T'HH:mm:ss.SSSz";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_ISO = "yyyy-MM-dd'T'HH:mm:ss.SSSX";
    public static final String DATE_PATTERN_JSON_COMPAT = "MMM d, yyyy, h:mm:ss aaa";

    private static final DateTimeFormatter FULL_FORMAT = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm[:ss[.SSSSSSSSS]]Z");

    private Instant instant;

    /** The current date and time. */
    public DateTimeType() {
        this(Instant.now());
    }

    /**
     * @param instant the date and time
     */
    public DateTimeType(Instant instant) {
        this.instant = instant;
    }

    /**
     * @param zoned the date and time; only the instant it denotes is kept
     */
    public DateTimeType(ZonedDateTime zoned) {
        this.instant = zoned.toInstant();
    }

    /**
     * @return the value in the JVM's default time zone
     * @deprecated as in openHAB: use {@link #getZonedDateTime(ZoneId)} or {@link #getInstant()}
     */
    @Deprecated
    public ZonedDateTime getZonedDateTime() {
        return getZonedDateTime(ZoneId.systemDefault());
    }

    /**
     * @return the value in the time zone
     */
    public ZonedDateTime getZonedDateTime(ZoneId zoneId) {
        return instant.atZone(zoneId);
    }

    /**
     * @return the value as an {@link Instant}
     */
    public Instant getInstant() {
        return instant;
    }

    /**
     * @param pattern a {@link String#format} pattern, or null for {@link #DATE_PATTERN}
     * @return the value in the JVM's default time zone, formatted
     */
    @Override
    public String format(@Nullable String pattern) {
        return format(pattern, ZoneId.systemDefault());
    }

    /**
     * @param pattern a {@link String#format} pattern, or null for {@link #DATE_PATTERN}
     * @return the value in the time zone, formatted
     */
    public String format(@Nullable String pattern, ZoneId zoneId) {
        ZonedDateTime zoned = instant.atZone(zoneId);
        return pattern == null ? DateTimeFormatter.ofPattern(DATE_PATTERN).format(zoned)
                : String.format(pattern, zoned);
    }

    /**
     * @return the value in the JVM's default time zone, formatted by the {@link String#format} pattern in the locale
     */
    public String format(Locale locale, String pattern) {
        return String.format(locale, pattern, getZonedDateTime(ZoneId.systemDefault()));
    }

    @Override
    public String toString() {
        return toFullString();
    }

    /**
     * @return the value in the JVM's default time zone, see {@link #toFullString(ZoneId)}
     */
    @Override
    public String toFullString() {
        return toFullString(ZoneId.systemDefault());
    }

    /**
     * @return e.g. {@code 2024-05-01T10:15:30.123+0200}: nine digits of nanoseconds, of which openHAB drops a
     *         {@code "000"} standing right before the offset's sign, twice (so 3, 6 or 9 digits remain). The sign
     *         looked for is {@code '+'} if the text has one, else {@code '-'}, and every {@code "000"} before such a
     *         character goes, as in openHAB.
     */
    public String toFullString(ZoneId zoneId) {
        String text = instant.atZone(zoneId).format(FULL_FORMAT);
        if (text.indexOf('.') < 0) {
            return text;
        }
        String sign = text.indexOf('+') >= 0 ? "+" : text.indexOf('-') >= 0 ? "-" : "";
        if (sign.isEmpty()) {
            return text;
        }
        for (int i = 0; i < 2; i++) {
            text = text.replace("000" + sign, sign);
        }
        return text;
    }

    @Override
    public int compareTo(DateTimeType other) {
        return instant.compareTo(other.getInstant());
    }

    @Override
    public int hashCode() {
        return 31 + instant.hashCode();
    }

    /**
     * Equal to another {@code DateTimeType} (of the same class) denoting the same instant.
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (obj == this) {
            return true;
        }
        return obj != null && obj.getClass() == getClass() && instant.equals(((DateTimeType) obj).instant);
    }
}
