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
package org.openhab.binding.octoeverywhere.internal.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Counts the notifications with a secret no thing has, by sender address: after {@value #BURST} of them within
 * {@link #WINDOW}, the sender's wrong secrets are answered 429 instead of 403 until {@link #BLOCK} has passed. A
 * secret of 16 or more random characters cannot be guessed anyway; this makes a guesser stand out in the log and tells
 * a misconfigured sender to back off. A right secret is never held back: the printer may share its address with
 * whoever guesses (a proxy, say). At most {@value #MAX_SENDERS} senders are remembered; the one seen least recently is
 * forgotten first.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class WrongSecrets {
    static final int BURST = 20;
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final Duration BLOCK = Duration.ofMinutes(1);
    static final int MAX_SENDERS = 1024;

    /** A sender's wrong secrets since {@code since}, and until when it is blocked, if it is. */
    private record Count(Instant since, int wrong, @Nullable Instant blockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Count> senders = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.@Nullable Entry<String, Count> eldest) {
            return size() > MAX_SENDERS;
        }
    };

    WrongSecrets(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts a wrong secret of this sender.
     *
     * @return whether the sender was blocked already: its answer is 429, not 403
     */
    synchronized boolean wrong(String sender) {
        Instant now = clock.instant();
        Count count = senders.get(sender);
        Instant blockedUntil = count == null ? null : count.blockedUntil();
        if (blockedUntil != null && now.isBefore(blockedUntil)) {
            return true;
        }
        if (count == null || blockedUntil != null || !now.isBefore(count.since().plus(WINDOW))) {
            count = new Count(now, 0, null);
        }
        int wrong = count.wrong() + 1;
        senders.put(sender, new Count(count.since(), wrong, wrong >= BURST ? now.plus(BLOCK) : null));
        return false;
    }

    /** How many senders are remembered now. */
    synchronized int remembered() {
        return senders.size();
    }
}
