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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * Text state and command.
 * <p>
 * Declaration of openHAB's {@code StringType} for building without openHAB's artifact repository; see DEVELOPING.md.
 * {@code format}, {@code toFullString}, {@code equals} (also to a {@code String} of the same text) and {@code hashCode}
 * follow openHAB 4.3.11/5.2.1.
 */
@NonNullByDefault
public class StringType implements PrimitiveType, State, Command {

    public static final StringType EMPTY = new StringType();

    private final String value;

    public StringType() {
        this("");
    }

    /**
     * @param value the text; {@code null} is stored as the empty string
     */
    public StringType(@Nullable String value) {
        this.value = value == null ? "" : value;
    }

    public static StringType valueOf(@Nullable String value) {
        return new StringType(value);
    }

    @Override
    public String format(String pattern) {
        return String.format(pattern, value);
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return value;
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Equal to another {@code StringType} with the same text, and also to a {@code String} with the same text.
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (obj == this) {
            return true;
        }
        if (obj instanceof String text) {
            return value.equals(text);
        }
        return obj != null && obj.getClass() == getClass() && value.equals(((StringType) obj).value);
    }
}
