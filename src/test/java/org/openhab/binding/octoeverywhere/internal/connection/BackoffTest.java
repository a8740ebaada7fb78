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
package org.openhab.binding.octoeverywhere.internal.connection;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The wait after failed requests.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class BackoffTest {
    private static final Duration REFRESH = Duration.ofMinutes(15);

    @Test
    void doublesFrom30SecondsUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(30), Backoff.after(1, REFRESH));
        assertEquals(Duration.ofSeconds(60), Backoff.after(2, REFRESH));
        assertEquals(Duration.ofSeconds(480), Backoff.after(5, REFRESH));
        assertEquals(REFRESH, Backoff.after(6, REFRESH));
        assertEquals(REFRESH, Backoff.after(1000, REFRESH));
        assertEquals(Duration.ofSeconds(30), Backoff.after(0, REFRESH), "no failure yet counts as the first");
    }
}
