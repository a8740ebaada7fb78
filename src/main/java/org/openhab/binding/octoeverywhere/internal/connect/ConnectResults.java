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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingUID;

/**
 * What a completed round trip did, kept for the result page the browser is sent to, so that the address the portal
 * returned to (with the token in it) leaves the address bar at once. Results are kept in memory for
 * {@link #LIFETIME}, at most {@link #MAX_KEPT}; one that holds a token is shown once only.
 */
@NonNullByDefault
final class ConnectResults {
    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int MAX_KEPT = 64;

    /** What a round trip did. */
    sealed interface Outcome {}

    /** A new printer waits in the Inbox. */
    record InInbox(ThingUID thingUID, String printerName) implements Outcome {}

    /** openHAB's Inbox gives the new token to the thing made in Main UI. */
    record Updated(ThingUID thingUID, String thingLabel) implements Outcome {}

    /** A thing of a {@code .things} file, which openHAB cannot change: the user must paste the new token. */
    record PasteToken(ThingUID thingUID, String thingLabel, String token) implements Outcome {
        @Override
        public String toString() {
            return "PasteToken[" + thingUID + "]";
        }
    }

    private record Kept(Outcome outcome, Instant at) {}

    private final RandomIds ids;
    private final Clock clock;
    private final Map<String, Kept> kept = new LinkedHashMap<>();

    ConnectResults(RandomIds ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /** @return the id of the result page */
    synchronized String add(Outcome outcome) {
        forgetExpired();
        String id = ids.next();
        kept.put(id, new Kept(outcome, clock.instant()));
        Iterator<String> oldest = kept.keySet().iterator();
        while (kept.size() > MAX_KEPT) {
            oldest.next();
            oldest.remove();
        }
        return id;
    }

    /** @return the outcome to show, or null when there is none (any more); one with a token is forgotten now */
    synchronized @Nullable Outcome show(String id) {
        forgetExpired();
        if (!RandomIds.looksValid(id)) {
            return null;
        }
        Kept result = kept.get(id);
        if (result == null) {
            return null;
        }
        if (result.outcome() instanceof PasteToken) {
            kept.remove(id);
        }
        return result.outcome();
    }

    private void forgetExpired() {
        Instant oldest = clock.instant().minus(LIFETIME);
        kept.values().removeIf(result -> !result.at().isAfter(oldest));
    }
}
