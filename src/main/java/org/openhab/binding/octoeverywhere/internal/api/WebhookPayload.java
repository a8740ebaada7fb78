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
package org.openhab.binding.octoeverywhere.internal.api;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * The body of an OctoEverywhere notification webhook: the sender's secret key and the event. Keys are read as
 * documented; extra keys are ignored, and a value of the wrong type or out of range counts as missing, so a field the
 * binding cannot trust never reaches a channel.
 *
 * <p>
 * Numbers may be quoted. A number counts only when its text has at most {@value #MAX_NUMBER_LENGTH} characters and its
 * scale (digits after the point, negative for an exponent) is within the same bound: anyone on the LAN can post a
 * body before its secret is checked, and the cost of reading a longer number grows with the square of its length. A
 * {@code ZOffsetMM} beyond {@value #MAX_Z_OFFSET_MM} mm either way counts as missing; one with more than
 * {@value #Z_OFFSET_DECIMALS} decimals is rounded half up to that (a nanometre, finer than any printer moves), which
 * also drops the noise of a binary fraction such as {@code 0.30000000000000004}.
 *
 * @param secretKey the {@code SecretKey}, empty when there is none: a secret, never logged
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record WebhookPayload(String secretKey, PrintEvent event) {
    static final int MAX_ERROR_LENGTH = 1024;
    static final int MAX_NUMBER_LENGTH = 32;
    static final int MAX_Z_OFFSET_MM = 1000;
    static final int Z_OFFSET_DECIMALS = 6;

    private static final TypeAdapter<JsonElement> JSON = new Gson().getAdapter(JsonElement.class);

    /**
     * @throws IllegalArgumentException when the body is not a JSON object or has no integer {@code EventType}; the
     *             message says which, without quoting the body
     */
    public static WebhookPayload parse(String body) {
        JsonObject object = object(body);
        boolean number = object.get("EventType") instanceof JsonPrimitive primitive && primitive.isNumber();
        Integer code = number ? integer(object, "EventType", Integer.MAX_VALUE) : null;
        if (code == null || code < 1) {
            throw new IllegalArgumentException("the body has no EventType that is a positive integer");
        }
        String secretKey = string(object, "SecretKey");
        PrintEvent event = new PrintEvent(code, FieldText.id(string(object, "PrinterId")),
                FieldText.id(string(object, "PrintId")),
                FieldText.text(string(object, "PrinterName"), FieldText.MAX_TEXT_LENGTH),
                FieldText.text(string(object, "FileName"), FieldText.MAX_TEXT_LENGTH), integer(object, "Progress", 100),
                integer(object, "DurationSec", Integer.MAX_VALUE),
                integer(object, "TimeRemainingSec", Integer.MAX_VALUE),
                integer(object, "CurrentLayer", Integer.MAX_VALUE), integer(object, "TotalLayers", Integer.MAX_VALUE),
                millimetres(object, "ZOffsetMM"), WebUrls.sanitize(string(object, "SnapshotUrl")),
                WebUrls.sanitize(string(object, "QuickViewUrl")),
                FieldText.text(string(object, "Error"), MAX_ERROR_LENGTH),
                FieldText.text(string(object, "PlatformErrorCode"), FieldText.MAX_TEXT_LENGTH));
        return new WebhookPayload(secretKey == null ? "" : secretKey.strip(), event);
    }

    /** Without the secret key. */
    @Override
    public String toString() {
        return "WebhookPayload[" + event + "]";
    }

    private static JsonObject object(String body) {
        // Strict: Gson's lenient mode would take unquoted names, comments or several values for one object.
        try (JsonReader reader = new JsonReader(new StringReader(body))) {
            reader.setLenient(false);
            JsonElement element = JSON.read(reader);
            if (element instanceof JsonObject object && reader.peek() == JsonToken.END_DOCUMENT) {
                return object;
            }
        } catch (IOException | JsonParseException | IllegalStateException e) {
            // not JSON: handled below like any other body that is not one JSON object
        }
        throw new IllegalArgumentException("the body is not a JSON object");
    }

    /** A string value as sent, or null when it is missing or not a string. */
    private static @Nullable String string(JsonObject object, String key) {
        return object.get(key) instanceof JsonPrimitive primitive && primitive.isString() ? primitive.getAsString()
                : null;
    }

    /** A whole number from 0 to max, or null. */
    private static @Nullable Integer integer(JsonObject object, String key, int max) {
        BigDecimal value = decimal(object, key);
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return null;
        }
        // dropping the fraction is cheap, as decimal() bounds the scale
        BigDecimal whole = value.setScale(0, RoundingMode.DOWN);
        return whole.compareTo(value) == 0 ? whole.intValueExact() : null;
    }

    /** A length in millimetres, within the plausible range and rounded as the class describes, or null. */
    private static @Nullable BigDecimal millimetres(JsonObject object, String key) {
        BigDecimal value = decimal(object, key);
        if (value == null || value.abs().compareTo(BigDecimal.valueOf(MAX_Z_OFFSET_MM)) > 0) {
            return null;
        }
        return value.scale() > Z_OFFSET_DECIMALS
                ? value.setScale(Z_OFFSET_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros()
                : value;
    }

    /**
     * A number, or null; numbers in strings count too, as some senders quote them. Bounded as the class describes, so
     * that comparing, rounding or printing it is cheap.
     */
    private static @Nullable BigDecimal decimal(JsonObject object, String key) {
        if (object.get(key) instanceof JsonPrimitive primitive && (primitive.isNumber() || primitive.isString())) {
            // For a bare number too: Gson keeps its text, and parses it only when asked.
            String text = primitive.getAsString().strip();
            if (text.length() > MAX_NUMBER_LENGTH) {
                return null;
            }
            try {
                BigDecimal value = new BigDecimal(text);
                // The scale first: a short text like 1E-999999999 would print as a gigabyte. Beyond a billion is a
                // magnitude no printer reports.
                boolean bounded = Math.abs(value.scale()) <= MAX_NUMBER_LENGTH
                        && value.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) <= 0;
                return bounded ? value : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
