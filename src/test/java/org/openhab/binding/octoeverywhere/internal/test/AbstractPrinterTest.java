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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Gives each test a fresh {@link PrinterFixture}, and fails any test during which a log line showed a token.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractPrinterTest {
    protected @NonNullByDefault({}) PrinterFixture fixture;
    private @NonNullByDefault({}) LogCapture log;

    @BeforeEach
    public void createFixture() throws Exception {
        log = LogCapture.start();
        fixture = new PrinterFixture();
    }

    @AfterEach
    public void closeFixture() throws Exception {
        try {
            fixture.close();
            for (String token : fixture.tokensUsed()) {
                log.assertNoLineContains(token);
            }
        } finally {
            log.close();
        }
    }
}
