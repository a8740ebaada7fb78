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
package org.openhab.binding.octoeverywhere.internal.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An HTTP request the binding sends, whatever HTTP client sends it: redirects are never followed, the answer's body
 * is read up to a limit, and the request is given up after a timeout.
 *
 * @param method e.g. {@code GET}
 * @param headers sent as given, in this order
 * @param contentType the type of the body, or null without a body
 * @param body the body, or null for none
 * @param maxBodyBytes the most of the answer's body that is read; a longer body fails the call
 * @param timeout how long the request may take, from sending to the answer's last byte
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record HttpCall(String method, URI uri, Map<String, String> headers, @Nullable String contentType,
        @Nullable String body, int maxBodyBytes, Duration timeout) {
    /** A GET without a body. */
    public static HttpCall get(URI uri, Map<String, String> headers, int maxBodyBytes, Duration timeout) {
        return new HttpCall("GET", uri, headers, null, null, maxBodyBytes, timeout);
    }

    /** Never the headers or the body, which may hold a secret. */
    @Override
    public String toString() {
        return "HttpCall[" + method + " " + uri.getPath() + "]";
    }
}
