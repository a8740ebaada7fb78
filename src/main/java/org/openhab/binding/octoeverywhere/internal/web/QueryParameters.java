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
package org.openhab.binding.octoeverywhere.internal.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Reads the query of a set-up page request strictly: anything unusual is refused instead of guessed at, so that no
 * page acts on a value another one would read differently.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class QueryParameters {
    public static final int MAX_QUERY_LENGTH = 16 * 1024;
    public static final int MAX_PARAMETER_LENGTH = 4 * 1024;

    private QueryParameters() {
    }

    /**
     * @param rawQuery the query as sent, still URL-encoded; null for none
     * @return the decoded values by key; a key without {@code =} has the value ""
     * @throws BadQueryException when the query is longer than {@value #MAX_QUERY_LENGTH} characters, a
     *             parameter longer than {@value #MAX_PARAMETER_LENGTH}, a key is repeated or a part is not
     *             URL-encoded properly
     */
    public static Map<String, String> parse(@Nullable String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        if (rawQuery.length() > MAX_QUERY_LENGTH) {
            throw BadQueryException.queryTooLong();
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (pair.length() > MAX_PARAMETER_LENGTH) {
                throw BadQueryException.parameterTooLong();
            }
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (parameters.put(key, value) != null) {
                throw BadQueryException.repeatedKey();
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw BadQueryException.badlyEncoded();
        }
    }
}
