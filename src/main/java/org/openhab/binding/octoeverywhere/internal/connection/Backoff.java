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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How long to wait after failed requests: 30 s after the first, doubling with each further one, never longer than a
 * maximum (the refresh interval, normally).
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class Backoff {
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);

    private Backoff() {
    }

    /** @param failures how many requests failed in a row, at least 1 */
    public static Duration after(int failures, Duration maximum) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(failures, 1) - 1, 20));
        return delay.compareTo(maximum) < 0 ? delay : maximum;
    }
}
