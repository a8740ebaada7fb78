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
package org.openhab.binding.octoeverywhere.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * At most a number of uses in any window of time, e.g. 30 a minute. It remembers the times of the last uses only, so
 * its memory is fixed however often it is asked.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class RateLimit {
    private final Clock clock;
    private final Duration window;
    /** The times of the last uses, oldest at {@link #next}. */
    private final @Nullable Instant[] uses;

    private int next;

    /**
     * @param uses how many uses the window allows, at least 1
     */
    public RateLimit(Clock clock, int uses, Duration window) {
        if (uses < 1) {
            throw new IllegalArgumentException("A rate limit allows at least one use");
        }
        this.clock = clock;
        this.window = window;
        this.uses = new @Nullable Instant[uses];
    }

    /** Takes one use now; false when the window's uses are taken already, and then nothing is counted. */
    public synchronized boolean tryTake() {
        Instant now = clock.instant();
        Instant oldest = uses[next];
        // A use in the future means the clock was set back: it must not hold the next one back for longer.
        if (oldest != null && now.isBefore(oldest.plus(window)) && !oldest.isAfter(now)) {
            return false;
        }
        uses[next] = now;
        next = (next + 1) % uses.length;
        return true;
    }
}
