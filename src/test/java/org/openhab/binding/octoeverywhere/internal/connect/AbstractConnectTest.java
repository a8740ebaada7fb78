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
package org.openhab.binding.octoeverywhere.internal.connect;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of the set-up pages, served over real HTTP with a fresh {@link ConnectFixture} for each test.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
abstract class AbstractConnectTest {
    protected @NonNullByDefault({}) ConnectFixture fixture;

    @BeforeEach
    void createFixture() throws Exception {
        fixture = new ConnectFixture();
    }

    @AfterEach
    void closeFixture() throws Exception {
        fixture.close();
    }
}
