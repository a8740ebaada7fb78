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
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * Switch state and command.
 * <p>
 * Declaration of openHAB's {@code OnOffType} for building without openHAB's artifact repository; see DEVELOPING.md.
 * {@code from}, {@code format} and {@code toFullString} follow openHAB 4.3.11/5.2.1; the conversions of
 * {@code as(Class)} to other types are not declared.
 */
@NonNullByDefault
public enum OnOffType implements PrimitiveType, State, Command {
    ON,
    OFF;

    /**
     * @return {@link #ON} for {@code "ON"} or {@code "1"} in any case, else {@link #OFF}
     */
    public static OnOffType from(String state) {
        return from("ON".equalsIgnoreCase(state) || "1".equals(state));
    }

    /**
     * @return {@link #ON} for {@code true}, {@link #OFF} for {@code false}
     */
    public static OnOffType from(boolean state) {
        return state ? ON : OFF;
    }

    @Override
    public String format(String pattern) {
        return String.format(pattern, toString());
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return name();
    }
}
