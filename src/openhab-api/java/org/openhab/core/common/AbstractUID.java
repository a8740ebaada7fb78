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
package org.openhab.core.common;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Base class of the unique identifiers: a list of segments joined by {@code ':'}.
 * <p>
 * Declaration of openHAB's {@code AbstractUID} for building without openHAB's artifact repository; see DEVELOPING.md.
 * The validation follows openHAB 4.3.11/5.2.1: at least {@link #getMinimalNumberOfSegments()} segments, each made of
 * letters, digits, {@code '_'} and {@code '-'} (empty allowed), the last one not blank. As in openHAB,
 * {@link #getAsString()} gives back the text a UID was made from, even where splitting it dropped empty trailing
 * segments; equality compares the segments only.
 */
@NonNullByDefault
public abstract class AbstractUID {

    private static final Pattern SEGMENT_PATTERN = Pattern.compile("[\\w-]*");

    public static final String SEPARATOR = ":";

    private final List<String> segments;

    /** The text the UID was made from, or empty until {@link #getAsString()} joins the segments. */
    private String text = "";

    /** A UID without segments, for deserialisation. */
    protected AbstractUID() {
        segments = List.of();
    }

    /**
     * @param uid the segments joined by {@code ':'}
     */
    protected AbstractUID(String uid) {
        this(Arrays.asList(uid.split(SEPARATOR)));
        this.text = uid;
    }

    protected AbstractUID(final String... segments) {
        this(Arrays.asList(segments));
    }

    /**
     * @param segments at least {@link #getMinimalNumberOfSegments()} segments, each accepted by
     *            {@link #validateSegment(String, int, int)}, the last one not blank
     * @throws IllegalArgumentException if the segments are not valid
     */
    protected AbstractUID(List<String> segments) {
        int count = segments.size();
        int minimum = getMinimalNumberOfSegments();
        if (count < minimum) {
            throw new IllegalArgumentException(
                    String.format("UID must have at least %d segments: %s", minimum, segments));
        }
        for (int i = 0; i < count; i++) {
            validateSegment(segments.get(i), i, count);
        }
        if (segments.get(count - 1).isBlank()) {
            throw new IllegalArgumentException("Last segment must not be blank: " + segments);
        }
        this.segments = List.copyOf(segments);
    }

    /**
     * @return the minimal number of segments of this kind of UID
     */
    protected abstract int getMinimalNumberOfSegments();

    protected List<String> getAllSegments() {
        return segments;
    }

    protected String getSegment(int segment) {
        return segments.get(segment);
    }

    /**
     * @return whether the segment is made of letters, digits, {@code '_'} and {@code '-'} only (empty is valid)
     */
    public static boolean isValid(@Nullable String segment) {
        return segment != null && SEGMENT_PATTERN.matcher(segment).matches();
    }

    /**
     * Accepts segments made of letters, digits, {@code '_'} and {@code '-'} only.
     *
     * @throws IllegalArgumentException if the segment has another character
     */
    protected void validateSegment(String segment, int index, int length) {
        if (!isValid(segment)) {
            throw new IllegalArgumentException(String.format(
                    "ID segment '%s' contains invalid characters. Each segment of the ID must match the pattern %s.",
                    segment, SEGMENT_PATTERN));
        }
    }

    @Override
    public String toString() {
        return getAsString();
    }

    /**
     * @return the text the UID was made from, else its segments joined by {@code ':'}
     */
    public String getAsString() {
        if (text.isEmpty()) {
            text = String.join(SEPARATOR, segments);
        }
        return text;
    }

    @Override
    public int hashCode() {
        return 31 + segments.hashCode();
    }

    /**
     * Equal to a UID of the same class with the same segments.
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (obj == this) {
            return true;
        }
        return obj != null && obj.getClass() == getClass() && segments.equals(((AbstractUID) obj).segments);
    }
}
