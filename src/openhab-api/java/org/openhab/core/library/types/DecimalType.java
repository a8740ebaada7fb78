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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.IllegalFormatConversionException;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * A plain number, the state of a {@code Number} item without a unit.
 * <p>
 * Declaration of the part of openHAB's {@code DecimalType} that the binding uses, for building without openHAB's
 * artifact repository; see DEVELOPING.md. The constructors, {@code format}, {@code toFullString}, {@code equals}
 * (1 equals 1.0) and {@code hashCode} (1 and 1.0 differ, as in openHAB) follow openHAB 4.3.11/5.2.1; the conversions
 * of {@code as(Class)} to other types are not declared.
 */
@NonNullByDefault
public class DecimalType extends Number implements PrimitiveType, State, Command, Comparable<DecimalType> {
    private static final long serialVersionUID = 4226845847123464690L;

    public static final DecimalType ZERO = new DecimalType(0);

    protected BigDecimal value;

    public DecimalType() {
        this(BigDecimal.ZERO);
    }

    /**
     * @param value the number; of a {@link QuantityType} or another {@code DecimalType} only the number is taken
     */
    public DecimalType(Number value) {
        if (value instanceof QuantityType<?> quantity) {
            this.value = quantity.toBigDecimal();
        } else if (value instanceof DecimalType decimal) {
            this.value = decimal.toBigDecimal();
        } else if (value instanceof BigDecimal decimal) {
            this.value = decimal;
        } else if (value instanceof BigInteger integer) {
            this.value = new BigDecimal(integer);
        } else {
            this.value = new BigDecimal(value.toString());
        }
    }

    /**
     * @param value a number as written in English
     * @throws NumberFormatException if it is not a number
     */
    public DecimalType(String value) {
        this(value, Locale.ENGLISH);
    }

    /**
     * @param value a number as written in the locale (grouping allowed, exponent in either case)
     * @throws NumberFormatException if the whole text is not a number
     */
    public DecimalType(String value, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parseObject(value.toUpperCase(locale), position);
        if (!(parsed instanceof BigDecimal number) || position.getErrorIndex() != -1
                || position.getIndex() < value.length()) {
            throw new NumberFormatException("Invalid BigDecimal value: " + value);
        }
        this.value = number;
    }

    public static DecimalType valueOf(String value) {
        return new DecimalType(value);
    }

    public BigDecimal toBigDecimal() {
        return value;
    }

    /**
     * Formats a whole number as a {@link BigInteger} (so {@code %d} works), any other as a {@link BigDecimal}.
     */
    @Override
    public String format(String pattern) {
        try {
            return String.format(pattern, value.toBigIntegerExact());
        } catch (ArithmeticException | IllegalFormatConversionException e) {
            return String.format(pattern, value);
        }
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return value.toPlainString();
    }

    @Override
    public int compareTo(DecimalType other) {
        return value.compareTo(other.toBigDecimal());
    }

    /** Of the value with its scale: 1 and 1.0 are equal but hash differently, as in openHAB. */
    @Override
    public int hashCode() {
        return 31 + value.hashCode();
    }

    /** Equal to a DecimalType of the same numeric value (1 and 1.0 are equal). */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof DecimalType other && value.compareTo(other.value) == 0;
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
