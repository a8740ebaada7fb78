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
package org.openhab.binding.octoeverywhere.internal.gadget;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What sets the pace of Gadget questions for one printer thing: OctoEverywhere's limit of one question every
 * {@value GadgetWatch#MIN_SECONDS} seconds, and when the current print started, as Gadget is asked more often while it
 * gets going. It outlives the thing's {@link GadgetWatch}es: each reconfiguration starts a new one, which must neither
 * ask again right after the one before nor take the print for new.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class GadgetPace {
    /** How long after a print starts or resumes Gadget is asked every interval, active or not. */
    static final Duration START_GRACE = Duration.ofMinutes(10);

    private static final Duration MIN_GAP = Duration.ofSeconds(GadgetWatch.MIN_SECONDS);

    private final Clock clock;
    private @Nullable Instant lastAsked;
    private @Nullable Instant printStarted;

    public GadgetPace(Clock clock) {
        this.clock = clock;
    }

    /** How many milliseconds to wait before Gadget may be asked again, rounded up; 0 when it may be asked now. */
    synchronized long millisUntilAllowed() {
        Instant asked = lastAsked;
        Instant now = clock.instant();
        // A last question in the future: the clock was set back, which must not hold Gadget back as long.
        if (asked == null || asked.isAfter(now)) {
            return 0;
        }
        long nanos = Duration.between(now, asked.plus(MIN_GAP)).toNanos();
        return nanos <= 0 ? 0 : (nanos + 999_999) / 1_000_000;
    }

    /** Takes the right to ask now; false when Gadget was asked less than the limit ago. */
    synchronized boolean take() {
        if (millisUntilAllowed() > 0) {
            return false;
        }
        lastAsked = clock.instant();
        return true;
    }

    /** The notifications told that a print started or resumed. */
    synchronized void printStarted() {
        printStarted = clock.instant();
    }

    /** Whether the print started or resumed less than {@link #START_GRACE} ago. */
    synchronized boolean printStarting() {
        Instant started = printStarted;
        return started != null && clock.instant().isBefore(started.plus(START_GRACE));
    }
}
