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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.web.ExpiringEntries;
import org.openhab.binding.octoeverywhere.internal.web.RandomIds;
import org.openhab.core.thing.ThingUID;

/**
 * What a completed round trip did, kept for the result page the browser is sent to, so that the address the portal
 * returned to (with the token in it) leaves the address bar at once. Results are kept in memory for
 * {@link #LIFETIME}, at most {@link #MAX_KEPT}; one that holds a token is shown once only.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ConnectResults {
    static final Duration LIFETIME = Duration.ofMinutes(5);
    /** As many as the portal returns' rate limit lets through in a lifetime: none is ever pushed out by others. */
    static final int MAX_KEPT = (int) (PortalReturn.RETURNS_PER_MINUTE * LIFETIME.toMinutes());

    /** What a round trip did. */
    sealed interface Outcome {
    }

    /** A new printer waits in the Inbox. */
    record InInbox(ThingUID thingUID, String printerName) implements Outcome {
    }

    /** openHAB's Inbox gives the new token to the thing made in Main UI. */
    record Updated(ThingUID thingUID, String thingLabel) implements Outcome {
    }

    /** A thing of a {@code .things} file, which openHAB cannot change: the user must paste the new token. */
    record PasteToken(ThingUID thingUID, String thingLabel, String token) implements Outcome {
        @Override
        public String toString() {
            return "PasteToken[" + thingUID + "]";
        }
    }

    private final ExpiringEntries<Outcome> kept;

    ConnectResults(RandomIds ids, Clock clock) {
        this.kept = new ExpiringEntries<>(ids, clock, LIFETIME, MAX_KEPT);
    }

    /** @return the id of the result page */
    String add(Outcome outcome) {
        return kept.add(outcome);
    }

    /** How many results are kept now. */
    int kept() {
        return kept.size();
    }

    /** @return the outcome to show, or null when there is none (any more); one with a token is forgotten now */
    @Nullable
    Outcome show(String id) {
        Outcome outcome = kept.get(id);
        // Only the one caller whose removal succeeds shows the token, however many ask at once.
        return outcome instanceof PasteToken ? kept.remove(id) : outcome;
    }
}
