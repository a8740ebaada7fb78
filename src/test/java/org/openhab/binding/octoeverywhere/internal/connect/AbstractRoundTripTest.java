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

/**
 * A test of the round trip through the App Connection Portal over real HTTP, which fails if the App Connection's token
 * reached the log.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
abstract class AbstractRoundTripTest extends AbstractConnectTest {
    /** The token of the App Connection the portal returns. */
    static final String TOKEN = "AppApiTokenSecret-0123456789abcdef";

    @AfterEach
    void checkLog() {
        fixture.log.assertNoLineContains(TOKEN);
    }
}
