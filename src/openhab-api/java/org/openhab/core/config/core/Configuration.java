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
package org.openhab.core.config.core;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Configuration parameters of a thing.
 * <p>
 * Declaration of openHAB's {@code Configuration} for building without openHAB's artifact repository; see
 * DEVELOPING.md. Its behaviour follows openHAB 4.3.11/5.2.1: values are normalised as openHAB does without a config
 * description (numbers become {@link BigDecimal}, strings and booleans are kept, collections become lists of
 * normalised values, a null element or a value of another type throws), and {@link #as(Class)} maps parameters onto
 * the fields of a class as openHAB's {@code ConfigParser} does. Where the two versions differ, the binding must not
 * depend on either: openHAB 5.2.1 also fills records (4.3.11 and this declaration give null), and drops the elements of
 * a list or set parameter it cannot convert (4.3.11 throws; this declaration drops them).
 */
public class Configuration {

    private static final Logger LOGGER = LoggerFactory.getLogger(Configuration.class);
    private static final Map<Class<?>, Class<?>> BOXED = Map.of(int.class, Integer.class, long.class, Long.class,
            double.class, Double.class, float.class, Float.class, short.class, Short.class, byte.class, Byte.class,
            boolean.class, Boolean.class);

    /** Keys of OSGi's own component properties, which openHAB leaves out of a new configuration. */
    private static final Set<String> OSGI_KEYS = Set.of("objectClass", "component.name", "component.id");

    private final Map<String, Object> properties;

    public Configuration() {
        this((Map<String, Object>) null);
    }

    /** A copy of the configuration's (already normalised) parameters. */
    public Configuration(final @Nullable Configuration configuration) {
        Map<String, Object> copy = new HashMap<>();
        if (configuration != null) {
            synchronized (configuration.properties) {
                copy.putAll(configuration.properties);
            }
        }
        this.properties = Collections.synchronizedMap(copy);
    }

    /**
     * @param properties the initial parameters (normalised, OSGi's component properties left out); null for none
     */
    public Configuration(@Nullable Map<String, Object> properties) {
        Map<String, Object> normalized = new HashMap<>();
        if (properties != null) {
            properties.forEach((key, value) -> {
                if (!OSGI_KEYS.contains(key)) {
                    normalized.put(key, value == null ? null : normalize(value));
                }
            });
        }
        this.properties = Collections.synchronizedMap(normalized);
    }

    /**
     * Maps the parameters onto a new instance of the class (which needs a public no-argument constructor): each
     * non-final, non-transient field (also of superclasses) takes the converted value of the parameter of its name.
     * Fields without parameter, or whose value cannot be converted, keep their initial value; a list or set field
     * takes the elements that can be converted.
     *
     * @return the new instance, or null if it cannot be created (a record, for instance)
     */
    public <T> T as(Class<T> configurationClass) {
        synchronized (properties) {
            T instance;
            try {
                instance = configurationClass.getConstructor().newInstance();
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOGGER.warn("Could not create configuration instance of '{}' with properties keys {}: {}",
                        configurationClass.getName(), properties.keySet(), e.getMessage());
                return null;
            }
            for (Class<?> c = configurationClass; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isFinal(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                        setField(instance, field, properties.get(field.getName()));
                    }
                }
            }
            return instance;
        }
    }

    private static void setField(Object instance, Field field, @Nullable Object value) {
        if (value == null) {
            return;
        }
        Object converted = value instanceof Collection<?> values ? toCollection(field, values)
                : convertOrNull(value, field.getType());
        if (converted == null) {
            if (!(value instanceof Collection<?>)) {
                LOGGER.warn("Could not set value for field '{}' because conversion failed.", field.getName());
            }
            return;
        }
        try {
            field.setAccessible(true);
            field.set(instance, converted);
        } catch (IllegalArgumentException | IllegalAccessException | SecurityException e) {
            LOGGER.warn("Could not set field value for field '{}': {}", field.getName(), e.getMessage());
        }
    }

    /**
     * @return a list or set of the elements that convert to the field's element type, or null (with a warning) if
     *         the field is no list or set of a plain class
     */
    private static @Nullable Collection<Object> toCollection(Field field, Collection<?> values) {
        Collection<Object> target;
        if (List.class.isAssignableFrom(field.getType())) {
            target = new ArrayList<>();
        } else if (Set.class.isAssignableFrom(field.getType())) {
            target = new HashSet<>();
        } else {
            LOGGER.warn("Skipping field '{}', only List and Set are supported as target collection types",
                    field.getName());
            return null;
        }
        if (!(field.getGenericType() instanceof ParameterizedType generic)
                || !(generic.getActualTypeArguments()[0] instanceof Class<?> elementType)) {
            LOGGER.warn("Skipping field '{}', its element type must be a plain class", field.getName());
            return null;
        }
        for (Object element : values) {
            Object converted = convertOrNull(element, elementType);
            if (converted != null) {
                target.add(converted);
            }
        }
        return target;
    }

    /** @return the converted value, or null (with a warning) if it cannot be converted */
    private static @Nullable Object convertOrNull(@Nullable Object value, Class<?> type) {
        try {
            return convert(value, type);
        } catch (IllegalArgumentException e) {
            LOGGER.warn("Conversion of value '{}' to '{}' failed: {}", value, type, e.getMessage());
            return null;
        }
    }

    /**
     * Converts numbers to the numeric target types and strings to numbers, booleans and enum constants.
     *
     * @return the converted value, or null if the value does not fit the type
     * @throws IllegalArgumentException if a string does not parse as the target type
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static @Nullable Object convert(@Nullable Object value, Class<?> type) {
        if (value == null || type.isInstance(value)) {
            return value;
        }
        Class<?> target = BOXED.getOrDefault(type, type);
        Object result = value;
        if (value instanceof Number number) {
            if (target == Integer.class) {
                result = number.intValue();
            } else if (target == Long.class) {
                result = number.longValue();
            } else if (target == Double.class) {
                result = number.doubleValue();
            } else if (target == Float.class) {
                result = number.floatValue();
            } else if (target == Short.class) {
                result = number.shortValue();
            } else if (target == Byte.class) {
                result = number.byteValue();
            } else if (target == BigDecimal.class) {
                result = new BigDecimal(number.toString());
            }
        } else if (value instanceof String text && target != String.class) {
            if (target == Integer.class) {
                result = Integer.valueOf(text);
            } else if (target == Long.class) {
                result = Long.valueOf(text);
            } else if (target == Double.class) {
                result = Double.valueOf(text);
            } else if (target == Float.class) {
                result = Float.valueOf(text);
            } else if (target == Short.class) {
                result = Short.valueOf(text);
            } else if (target == Byte.class) {
                result = Byte.valueOf(text);
            } else if (target == BigDecimal.class) {
                result = new BigDecimal(text);
            } else if (target == Boolean.class) {
                result = Boolean.valueOf(text);
            } else if (type.isEnum()) {
                result = Enum.valueOf((Class<? extends Enum>) target, text);
            } else if (Set.class.isAssignableFrom(target)) {
                result = Set.of(text);
            } else if (Collection.class.isAssignableFrom(target)) {
                result = List.of(text);
            }
        }
        if (target.isInstance(result)) {
            return result;
        }
        LOGGER.warn("Conversion of value '{}' with type '{}' to '{}' failed.", value, value.getClass(), type);
        return null;
    }

    /**
     * openHAB's normalisation without a config description: Boolean kept; String kept; numbers to BigDecimal;
     * collections to lists of normalised values (an empty one to an immutable empty list).
     *
     * @throws IllegalArgumentException for other types, or a collection of mixed types
     * @throws NullPointerException for a collection with a null element
     */
    private static Object normalize(Object value) {
        if (value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Number number) {
            return normalizeNumber(number);
        }
        if (value instanceof Collection<?> values) {
            if (values.isEmpty()) {
                return List.of();
            }
            List<Object> list = new ArrayList<>(values.size());
            for (Object element : values) {
                if (element == null) {
                    throw new NullPointerException("Null element in configuration value " + values);
                }
                Object normalized = normalize(element);
                if (!list.isEmpty() && list.get(0).getClass() != normalized.getClass()) {
                    throw new IllegalArgumentException(
                            "Invalid configuration property. Heterogeneous collection value!");
                }
                list.add(normalized);
            }
            return list;
        }
        throw new IllegalArgumentException(
                "Invalid type '{%s}' of configuration value!".formatted(value.getClass().getCanonicalName()));
    }

    private static Object normalizeNumber(Number number) {
        try {
            if (number instanceof BigDecimal decimal) {
                if (decimal.scale() <= 1) {
                    return decimal;
                }
                BigDecimal stripped = decimal.stripTrailingZeros();
                return stripped.scale() == 0 ? stripped.setScale(1) : stripped;
            }
            if (number instanceof Byte || number instanceof Short || number instanceof Integer
                    || number instanceof Long) {
                return BigDecimal.valueOf(number.longValue());
            }
            if (number instanceof Float) {
                return new BigDecimal(number.toString());
            }
            if (number instanceof Double d) {
                return BigDecimal.valueOf(d);
            }
        } catch (NumberFormatException e) {
            return number;
        }
        return number;
    }

    public boolean containsKey(String key) {
        return properties.containsKey(key);
    }

    public Object get(String key) {
        return properties.get(key);
    }

    /**
     * Stores the normalised value (see the class description); a null value is stored as null.
     *
     * @return the previous value
     */
    public Object put(String key, @Nullable Object value) {
        return properties.put(key, value == null ? null : normalize(value));
    }

    public Object remove(String key) {
        return properties.remove(key);
    }

    /** @return an immutable copy of the keys */
    public Set<String> keySet() {
        synchronized (properties) {
            return Collections.unmodifiableSet(new HashSet<>(properties.keySet()));
        }
    }

    /** @return an immutable copy of the values */
    public Collection<Object> values() {
        synchronized (properties) {
            return Collections.unmodifiableCollection(new ArrayList<>(properties.values()));
        }
    }

    /** @return an immutable copy of the parameters */
    public Map<String, Object> getProperties() {
        synchronized (properties) {
            return Collections.unmodifiableMap(new HashMap<>(properties));
        }
    }

    /** Replaces all parameters with the normalised given ones. */
    public void setProperties(Map<String, Object> newProperties) {
        synchronized (properties) {
            properties.clear();
            newProperties.forEach(this::put);
        }
    }

    @Override
    public int hashCode() {
        return properties.hashCode();
    }

    /** Equal to another configuration with equal parameters. */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Configuration other && properties.equals(other.properties);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Configuration[");
        synchronized (properties) {
            String separator = "";
            for (Map.Entry<String, Object> entry : properties.entrySet()) {
                Object value = entry.getValue();
                text.append(separator).append(String.format("{key=%s; type=%s; value=%s}", entry.getKey(),
                        value == null ? "?" : value.getClass().getSimpleName(), value));
                separator = ", ";
            }
        }
        return text.append(']').toString();
    }
}
