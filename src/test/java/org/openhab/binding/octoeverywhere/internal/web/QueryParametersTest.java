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

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The strict reading of a set-up page's query.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class QueryParametersTest {
    @Test
    void decodesKeysAndValues() {
        assertEquals(Map.of("a", "x y", "b", "ä&=", "c", "", "d", ""),
                QueryParameters.parse("a=x+y&b=%C3%A4%26%3D&c=&d&&"));
        assertEquals(Map.of(), QueryParameters.parse(null));
        assertEquals(Map.of(), QueryParameters.parse(""));
    }

    @Test
    void refusesRepeatedKeysLongPartsAndBadEncodingWithFixedTexts() {
        assertRefused("a key is repeated", "a=1&a=2");
        assertRefused("a key is repeated", "a=1&%61=2");
        assertRefused("a parameter is not URL-encoded properly", "a=%zz");
        assertRefused("a parameter is not URL-encoded properly", "%2=1");
        String longest = "a=" + "x".repeat(QueryParameters.MAX_PARAMETER_LENGTH - 2);
        assertEquals(1, QueryParameters.parse(longest).size());
        assertRefused("a parameter is longer than 4096 characters", longest + "x");
        StringBuilder many = new StringBuilder();
        for (int i = 0; many.length() <= QueryParameters.MAX_QUERY_LENGTH; i++) {
            many.append("k").append(i).append("=v&");
        }
        assertRefused("the query is longer than 16384 characters", many.toString());
    }

    private static void assertRefused(String text, String query) {
        assertEquals(text, assertThrows(BadQueryException.class, () -> QueryParameters.parse(query)).getMessage());
    }
}
