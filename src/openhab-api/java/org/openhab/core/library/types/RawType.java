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

import java.util.Arrays;
import java.util.Base64;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * Binary data with its MIME type, the state of an Image item.
 * <p>
 * Declaration of openHAB's {@code RawType} for building without openHAB's artifact repository; see DEVELOPING.md.
 * {@code valueOf}, {@code toString}, {@code toFullString}, {@code equals} and {@code hashCode} follow openHAB
 * 4.3.11/5.2.1.
 */
@NonNullByDefault
public class RawType implements PrimitiveType, State {
    public static final String DEFAULT_MIME_TYPE = "application/octet-stream";

    protected byte[] bytes;
    protected String mimeType;

    /**
     * @throws IllegalArgumentException when the MIME type is empty
     */
    public RawType(byte[] bytes, String mimeType) {
        if (mimeType.isEmpty()) {
            throw new IllegalArgumentException("mimeType argument must not be blank");
        }
        this.bytes = bytes;
        this.mimeType = mimeType;
    }

    /**
     * @param value a data URI: {@code data:<MIME type>;base64,<data>}
     * @throws IllegalArgumentException if it is blank, not a data URI or without MIME type
     */
    public static RawType valueOf(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Argument must not be blank");
        }
        int comma = value.indexOf(',');
        if (!value.startsWith("data:") || comma < 0) {
            throw new IllegalArgumentException("Invalid data URI syntax for argument " + value);
        }
        int semicolon = value.indexOf(';');
        if (semicolon <= 5) {
            throw new IllegalArgumentException("Missing MIME type in argument " + value);
        }
        return new RawType(Base64.getDecoder().decode(value.substring(comma + 1)), value.substring(5, semicolon));
    }

    public byte[] getBytes() {
        return bytes;
    }

    public String getMimeType() {
        return mimeType;
    }

    @Override
    public String toString() {
        return String.format("raw type (%s): %d bytes", mimeType, bytes.length);
    }

    @Override
    public String toFullString() {
        return "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public String format(String pattern) {
        return toFullString();
    }

    @Override
    public int hashCode() {
        return 31 + Arrays.hashCode(bytes);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof RawType other && getClass() == other.getClass() && mimeType.equals(other.mimeType)
                && Arrays.equals(bytes, other.bytes);
    }
}
