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
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.IllegalFormatConversionException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * artifact repository; see DEVELOPING.md. openHAB parses units with its unit library; this declaration knows only a
 * few (no unit, %, ppm, ms, s, min, h, d, mm, cm, m, km) and refuses others, so that no test passes here with a unit
 * openHAB would read differently. For those units it follows openHAB 4.3.11/5.2.1: text like {@code "21 %"} or
 * {@code "21%"}, {@code toFullString} as the number and the unit's symbol, {@code equals} and {@code compareTo} by the
 * value in the dimension's base unit (so {@code "600 s"} equals {@code "10 min"} and {@code "50 %"} equals
 * {@code "0.5"}), the number before a unit read as a whole number or a double ({@code "1.0 s"} is 1 s),
 * {@code hashCode} of that number and the unit (so equal quantities may hash differently), and {@code format} with
 * {@code %unit%}; the {@code %t} duration patterns of {@code format} are not followed.
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD, TYPE_ARGUMENT })
public class QuantityType<T extends Quantity<T>> extends Number
        implements PrimitiveType, State, Command, Comparable<QuantityType<T>> {
    private static final long serialVersionUID = 8828949721938234629L;

    private static final String UNIT_PLACEHOLDER = "%unit%";

    /** A number, then the unit, with or without space between them. */
    private static final Pattern NUMBER_AND_UNIT = Pattern
            .compile("\\s*([+-]?[0-9.,]*[0-9](?:[eE][+-]?[0-9]+)?)\\s*(.*?)\\s*");

    /** The units this declaration knows: their dimension and their factor to the dimension's base unit. */
    private static final Map<String, KnownUnit> UNITS = Map.ofEntries( //
            Map.entry("", new KnownUnit("dimensionless", BigDecimal.ONE)),
            Map.entry("%", new KnownUnit("dimensionless", new BigDecimal("0.01"))),
            Map.entry("ppm", new KnownUnit("dimensionless", new BigDecimal("0.000001"))),
            Map.entry("ms", new KnownUnit("time", new BigDecimal("0.001"))),
            Map.entry("s", new KnownUnit("time", BigDecimal.ONE)),
            Map.entry("min", new KnownUnit("time", BigDecimal.valueOf(60))),
            Map.entry("h", new KnownUnit("time", BigDecimal.valueOf(3600))),
            Map.entry("d", new KnownUnit("time", BigDecimal.valueOf(86400))),
            Map.entry("mm", new KnownUnit("length", new BigDecimal("0.001"))),
            Map.entry("cm", new KnownUnit("length", new BigDecimal("0.01"))),
            Map.entry("m", new KnownUnit("length", BigDecimal.ONE)),
            Map.entry("km", new KnownUnit("length", BigDecimal.valueOf(1000))));

    private final BigDecimal value;
    private final String unit;

    /** Zero without unit. */
    public QuantityType() {
        this.value = BigDecimal.ZERO;
        this.unit = "";
    }

    /**
     * @param value a number and a unit as written in English, e.g. {@code "42 %"}, {@code "3600 s"},
     *            {@code "0.2mm"}
     * @throws NumberFormatException when there is no unit and the text is not a number
     * @throws IllegalArgumentException when the number or the unit cannot be read
     */
    public QuantityType(String value) {
        this(value, Locale.ENGLISH);
    }

    /**
     * @param value a number as written in the locale, and a unit
     * @throws NumberFormatException when there is no unit and the text is not a number
     * @throws IllegalArgumentException when the number or the unit cannot be read
     */
    public QuantityType(String value, Locale locale) {
        Matcher matcher = NUMBER_AND_UNIT.matcher(value);
        if (!matcher.matches()) {
            throw new NumberFormatException("Invalid BigDecimal value: " + value);
        }
        String symbol = matcher.group(2);
        if (!UNITS.containsKey(symbol)) {
            throw new IllegalArgumentException("Invalid Quantity value: " + value);
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getInstance(locale);
        format.setParseBigDecimal(true);
        String number = matcher.group(1).toUpperCase(locale);
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parseObject(number, position);
        if (!(parsed instanceof BigDecimal decimal) || position.getIndex() < number.length()) {
            if (symbol.isEmpty()) {
                throw new NumberFormatException("Invalid BigDecimal value: " + value);
            }
            throw new IllegalArgumentException("Invalid Quantity value: " + value);
        }
        this.value = symbol.isEmpty() ? decimal : asUnitLibraryReadsIt(decimal);
        this.unit = symbol;
    }

    /**
     * openHAB's unit library reads the number before a unit as a whole number when it has no fraction, else as a
     * double: {@code "1.0 s"} becomes 1 s, {@code "21.50 s"} 21.5 s.
     */
    private static BigDecimal asUnitLibraryReadsIt(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                && stripped.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0) {
            return BigDecimal.valueOf(stripped.longValue());
        }
        return BigDecimal.valueOf(number.doubleValue());
    }

    public static QuantityType<? extends Quantity<?>> valueOf(String value) {
        return new QuantityType<>(value);
    }

    public BigDecimal toBigDecimal() {
        return value;
    }

    /**
     * {@code %s} gives {@link #toFullString()}; {@code %unit%} stands for the unit's symbol; a whole number is
     * formatted as an integer (so {@code %d} works), any other as a {@link BigDecimal}.
     */
    @Override
    public String format(String pattern) {
        if (pattern.contains("%s") || pattern.contains("%S")) {
            try {
                return String.format(pattern, toFullString());
            } catch (IllegalFormatConversionException e) {
                // as openHAB: formatted as a number below
            }
        }
        String formatPattern = pattern.replace(UNIT_PLACEHOLDER, "%".equals(unit) ? "%%" : unit);
        try {
            return String.format(formatPattern, value.toBigIntegerExact());
        } catch (ArithmeticException | IllegalFormatConversionException e) {
            return String.format(formatPattern, value);
        }
    }

    @Override
    public String toString() {
        return toFullString();
    }

    /** @return e.g. {@code "21 %"} or {@code "0.25 mm"}; the number alone without unit */
    @Override
    public String toFullString() {
        return unit.isEmpty() ? value.toPlainString() : value.toPlainString() + " " + unit;
    }

    /**
     * @throws IllegalArgumentException when the units are of different dimensions
     */
    @Override
    public int compareTo(QuantityType<T> other) {
        return compareValue(other);
    }

    private int compareValue(QuantityType<?> other) {
        KnownUnit mine = known(unit);
        KnownUnit theirs = known(other.unit);
        if (!mine.dimension().equals(theirs.dimension())) {
            throw new IllegalArgumentException("Can not compare incompatible units.");
        }
        return Double.compare(value.multiply(mine.factor()).doubleValue(),
                other.value.multiply(theirs.factor()).doubleValue());
    }

    private static KnownUnit known(String symbol) {
        KnownUnit known = UNITS.get(symbol);
        if (known == null) {
            throw new IllegalStateException("Unknown unit " + symbol);
        }
        return known;
    }

    /** Of the number as written (1 and 1.0 differ) and the unit, as openHAB's. */
    @Override
    public int hashCode() {
        return 31 * unit.hashCode() + 31 * value.hashCode();
    }

    /** Equal to a quantity of the same dimension and the same value in the dimension's base unit. */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (obj == this) {
            return true;
        }
        return obj instanceof QuantityType<?> other && known(unit).dimension().equals(known(other.unit).dimension())
                && compareValue(other) == 0;
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

    private record KnownUnit(String dimension, BigDecimal factor) {
    }
}
