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
import java.util.Collection;

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
    record Started(@Nullable ThingUID reconnect) {}

    private final ExpiringEntries<Started> open;

    ConnectStates(RandomIds ids, Clock clock) {
        this.open = new ExpiringEntries<>(ids, clock, LIFETIME, MAX_OPEN);
    }

    /**
     * @param reconnect the thing that gets the new token, or null for a new printer
     * @return the new state
     */
    String start(@Nullable ThingUID reconnect) {
        return open.add(new Started(reconnect));
    }

    /**
     * Ends the round trip of the state, if it is under way and this browser started it.
     *
     * @param cookies the values of the state cookie the browser sent
     * @return what it was started for, or null when the state is unknown, used, expired or not this browser's (a
     *         state that is not this browser's stays usable by the browser that started it)
     */
    @Nullable
    Started finish(String state, Collection<String> cookies) {
        return cookies.stream().anyMatch(c -> same(c, state)) ? open.remove(state) : null;
    }

    /** In constant time, so that the answer's timing tells nothing about the state. */
    private static boolean same(String cookie, String state) {
        return MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8));
    }
}
