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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * Date and time state and command. Only the members that openHAB 4.3 and 5.x share are declared (both keep an instant
 * since openHAB 4.3); the behaviour is
 * that of openHAB 5.x (the value is an instant, shown in the JVM's default time zone).
 * <p>
 * Declaration of openHAB's {@code DateTimeType} for building without openHAB's artifact repository; see DEVELOPING.md.
 */
@NonNullByDefault
public class DateTimeType implements PrimitiveType, State, Command {

    public static final String DATE_PATTERN = "yyyy-MM-dd'T'HH:mm:ss";
    public static final String DATE_PATTERN_WITH_TZ = "yyyy-MM-dd'T'HH:mm:ssz";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_GENERAL = "yyyy-MM-dd'T'HH:mm:ss.SSSz";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_ISO = "yyyy-MM-dd'T'HH:mm:ss.SSSX";

    private static final DateTimeFormatter FULL_FORMAT = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm[:ss[.SSSSSSSSS]]Z");

    private final Instant instant;

    /** The current date and time. */
    public DateTimeType() {
        this(ZonedDateTime.now());
    }

    /**
     * @param zoned the date and time; only the instant it denotes is kept
     */
    public DateTimeType(ZonedDateTime zoned) {
        this.instant = zoned.toInstant();
    }

    /**
     * @param instant the date and time (openHAB 4.3 and later keep an instant internally)
     */
    public DateTimeType(Instant instant) {
        this.instant = instant;
    }

    /**
     * @return the value in the JVM's default time zone
     */
    public ZonedDateTime getZonedDateTime() {
        return instant.atZone(ZoneId.systemDefault());
    }

    /**
     * @return the value as an {@link Instant}
     */
    public Instant getInstant() {
        return instant;
    }

    @Override
    public String format(@Nullable String pattern) {
        ZonedDateTime zoned = getZonedDateTime();
        return pattern == null ? DateTimeFormatter.ofPattern(DATE_PATTERN).format(zoned)
                : String.format(pattern, zoned);
    }

    @Override
    public String toString() {
        return toFullString();
    }

    /**
     * @return e.g. {@code 2024-05-01T10:15:30.123+0200}: nanoseconds with up to two trailing groups of "000" cut
     */
    @Override
    public String toFullString() {
        String text = getZonedDateTime().format(FULL_FORMAT);
        if (text.indexOf('.') < 0) {
            return text;
        }
        int signAt = Math.max(text.lastIndexOf('+'), text.lastIndexOf('-'));
        if (signAt <= text.indexOf('.')) {
            return text;
        }
        String fraction = text.substring(0, signAt);
        for (int i = 0; i < 2 && fraction.endsWith("000"); i++) {
            fraction = fraction.substring(0, fraction.length() - 3);
        }
        return fraction + text.substring(signAt);
    }

    @Override
    public int hashCode() {
        return 31 + instant.hashCode();
    }

    /**
     * Equal to another {@code DateTimeType} denoting the same instant.
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (obj == this) {
            return true;
        }
        return obj != null && obj.getClass() == getClass() && instant.equals(((DateTimeType) obj).instant);
    }
}
