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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingUID;

/**
 * The round trips to the App Connection Portal under way, by their {@code state}: what each was started for, kept in
 * memory for {@link #LIFETIME}, at most {@link #MAX_OPEN} of them (the oldest goes first), each usable once. The state
 * is also set as a cookie in the browser that started it, and only that browser can complete it.
 */
@NonNullByDefault
final class ConnectStates {
    static final Duration LIFETIME = Duration.ofMinutes(15);
    static final int MAX_OPEN = 64;

    /** A round trip under way. */
    record Started(@Nullable ThingUID reconnect, Instant at) {}

    private final RandomIds ids;
    private final Clock clock;
    /** In the order started: the first is the oldest. */
    private final Map<String, Started> open = new LinkedHashMap<>();

    ConnectStates(RandomIds ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * @param reconnect the thing that gets the new token, or null for a new printer
     * @return the new state
     */
    synchronized String start(@Nullable ThingUID reconnect) {
        forgetExpired();
        String state = ids.next();
        open.put(state, new Started(reconnect, clock.instant()));
        Iterator<String> oldest = open.keySet().iterator();
        while (open.size() > MAX_OPEN) {
            oldest.next();
            oldest.remove();
        }
        return state;
    }

    /**
     * Ends the round trip of the state, if it is under way and this browser started it.
     *
     * @param cookies the values of the state cookie the browser sent
     * @return what it was started for, or null when the state is unknown, used, expired or not this browser's (a
     *         state that is not this browser's stays usable by the browser that started it)
     */
    synchronized @Nullable Started finish(String state, Collection<String> cookies) {
        forgetExpired();
        if (!RandomIds.looksValid(state)
                || !open.containsKey(state)
                || cookies.stream().noneMatch(c -> same(c, state))) {
            return null;
        }
        return open.remove(state);
    }

    private void forgetExpired() {
        Instant oldest = clock.instant().minus(LIFETIME);
        open.values().removeIf(started -> !started.at().isAfter(oldest));
    }

    /** In constant time, so that the answer's timing tells nothing about the state. */
    private static boolean same(String cookie, String state) {
        return MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8));
    }
}
