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

import static org.eclipse.jdt.annotation.DefaultLocation.*;

import java.math.BigDecimal;

import javax.measure.Quantity;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * A number with a unit, the state of a {@code Number:<dimension>} item.
 * <p>
 * Declaration of the part of openHAB's {@code QuantityType} that the binding uses, for building without openHAB's
 * artifact repository; see DEVELOPING.md. openHAB parses the unit with its unit formats; this declaration keeps the
 * unit as
 * written, which is enough for comparing states built the same way.
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD, TYPE_ARGUMENT })
public class QuantityType<T extends Quantity<T>> extends Number
        implements PrimitiveType, State, Command, Comparable<QuantityType<T>> {
    private static final long serialVersionUID = 1L;

    private final BigDecimal value;
    private final String unit;

    /**
     * @param value a number and a unit, e.g. {@code "42 %"}, {@code "3600 s"}, {@code "0.2 mm"}
     * @throws IllegalArgumentException when the number cannot be read
     */
    public QuantityType(String value) {
        String[] parts = value.strip().split("\\s+", 2);
        try {
            this.value = new BigDecimal(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid Quantity value: " + value, e);
        }
        this.unit = parts.length > 1 ? parts[1] : "";
    }

    public BigDecimal toBigDecimal() {
        return value;
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
        return unit.isEmpty() ? value.toPlainString() : value.toPlainString() + " " + unit;
    }

    @Override
    public int compareTo(QuantityType<T> other) {
        return value.compareTo(other.value);
    }

    @Override
    public int hashCode() {
        return 31 * value.stripTrailingZeros().hashCode() + unit.hashCode();
    }

    /** Equal to a quantity of the same value in the same unit. */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof QuantityType<?> other && unit.equals(other.unit) && value.compareTo(other.value) == 0;
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }
}
