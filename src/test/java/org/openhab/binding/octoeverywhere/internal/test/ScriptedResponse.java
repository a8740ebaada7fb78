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
package org.openhab.binding.octoeverywhere.internal.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What {@link OctoEverywhereServer} answers to a request.
 *
 * @param closeWithoutAnswer close the connection instead of answering (after the delay)
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record ScriptedResponse(int status, String body, String contentType, Map<String, String> headers, Duration delay,
        boolean closeWithoutAnswer) {

    public static final String JSON = "application/json; charset=utf-8";
    /** Marks a body of bytes; never sent as a header. */
    static final String BINARY = "X-Test-Binary-Body";

    public ScriptedResponse {
        headers = Map.copyOf(headers);
    }

    public static ScriptedResponse json(int status, String body) {
        return new ScriptedResponse(status, body, JSON, Map.of(), Duration.ZERO, false);
    }

    /** OctoEverywhere's envelope around a result or an error status. */
    public static ScriptedResponse envelope(int status, String resultJson) {
        return json(200,
                "{\"Status\":" + status + ",\"Error\":\"\",\"IsUserError\":false,\"Result\":" + resultJson + "}");
    }

    public static ScriptedResponse text(int status, String contentType, String body) {
        return new ScriptedResponse(status, body, contentType, Map.of(), Duration.ZERO, false);
    }

    /** An answer whose body is these bytes, e.g. an image. */
    public static ScriptedResponse bytes(int status, String contentType, byte[] body) {
        // ISO 8859-1 maps each byte to one char and back: the body travels unchanged.
        return new ScriptedResponse(status, new String(body, StandardCharsets.ISO_8859_1), contentType,
                Map.of(BINARY, "true"), Duration.ZERO, false);
    }

    /** The body as it goes over the wire. */
    public byte[] bodyBytes() {
        return body.getBytes(headers.containsKey(BINARY) ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    public static ScriptedResponse redirect(int status, String location) {
        return json(status, "").withHeader("Location", location);
    }

    public static ScriptedResponse closeConnection() {
        return new ScriptedResponse(0, "", JSON, Map.of(), Duration.ZERO, true);
    }

    public ScriptedResponse withDelay(Duration newDelay) {
        return new ScriptedResponse(status, body, contentType, headers, newDelay, closeWithoutAnswer);
    }

    public ScriptedResponse withHeader(String name, String value) {
        Map<String, String> newHeaders = new LinkedHashMap<>(headers);
        newHeaders.put(name, value);
        return new ScriptedResponse(status, body, contentType, newHeaders, delay, closeWithoutAnswer);
    }
}
