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
package org.openhab.binding.octoeverywhere.internal.handler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * OctoEverywhere's limit of one Gadget question every {@value GadgetWatch#MIN_SECONDS} seconds, for one printer
 * thing. It outlives the thing's {@link GadgetWatch}es: each reconfiguration starts a new one, which must not ask
 * again right after the one before.
 */
@NonNullByDefault
public final class GadgetPace {
    private static final Duration MIN_GAP = Duration.ofSeconds(GadgetWatch.MIN_SECONDS);

    private final Clock clock;
    private @Nullable Instant lastAsked;

    public GadgetPace(Clock clock) {
        this.clock = clock;
    }

    /** How long to wait before Gadget may be asked again; zero when it may be asked now. */
    synchronized Duration untilAllowed() {
        Instant asked = lastAsked;
        if (asked == null) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(clock.instant(), asked.plus(MIN_GAP));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** Takes the right to ask now; false when Gadget was asked less than the limit ago. */
    synchronized boolean take() {
        if (!untilAllowed().isZero()) {
            return false;
        }
        lastAsked = clock.instant();
        return true;
    }
}
