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

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The status code table of the design, without HTTP.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ApiErrorTest {

    @ParameterizedTest
    @CsvSource({ "0, COMMUNICATION", "204, SERVER_ERROR", "300, COMMUNICATION", "301, COMMUNICATION",
            "302, COMMUNICATION", "308, COMMUNICATION", "399, COMMUNICATION", "400, SERVER_ERROR", "401, SERVER_ERROR",
            "418, SERVER_ERROR", "500, SERVER_ERROR", "504, SERVER_ERROR", "600, SERVER_ERROR", "601, PRINTER_OFFLINE",
            "602, PRINTER_OFFLINE", "603, TOKEN_INVALID", "604, TOKEN_INVALID", "605, NOT_SUPPORTER",
            "606, TOKEN_INVALID", "607, SERVER_ERROR", "608, SERVER_ERROR", "609, SERVER_ERROR", "610, SERVER_ERROR",
            "611, SERVER_ERROR", "612, SERVER_ERROR", "613, NO_ACTIVE_PRINT", "614, SERVER_ERROR", "699, SERVER_ERROR",
            "999, SERVER_ERROR", "-1, SERVER_ERROR" })
    void statusCodeMapsToError(int code, ApiError expected) {
        assertEquals(expected, ApiError.fromStatusCode(code));
    }
}
