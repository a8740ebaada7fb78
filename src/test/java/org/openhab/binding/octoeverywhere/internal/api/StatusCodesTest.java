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
 * What the log says a status code OctoEverywhere does not document means.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class StatusCodesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "300 | redirect, not followed", "307 | redirect, not followed",
            "399 | redirect, not followed", "503 | server error", "599 | server error", "204 | unexpected status",
            "401 | unexpected status", "614 | unexpected status" })
    void anUndocumentedCodeIsDescribedByItsRange(int code, String meaning) {
        assertEquals(meaning, StatusCodes.describe(code));
    }
}
