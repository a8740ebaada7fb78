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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingUID;

/**
 * A round trip that the portal ended without a usable connection, as the address of its result page carries it. The
 * page is made from the address alone, so that a reload shows it again and it costs no memory, however many there
 * are. The address is signed for the browser that started the round trip ({@link RoundTrips#seal}): the portal's
 * reason is free text, and no one else can make a browser show a text of theirs on openHAB's pages with it.
 *
 * @param incomplete whether the portal said it succeeded but sent no usable token or id; else it did not finish
 * @param reconnect the thing the round trip was for, or null for a new printer: "Try again" starts the same
 * @param reason the portal's explanation, or null
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
record FailedRoundTrip(boolean incomplete, @Nullable ThingUID reconnect, @Nullable String reason) {
    static final String FAILED_PARAMETER = "failed";
    static final String REASON_PARAMETER = "reason";
    static final String SIGNATURE_PARAMETER = "sig";
    static final String CANCELLED = "cancelled";
    static final String INCOMPLETE = "incomplete";

    /**
     * @param browserKey the key of the browser that started the round trip
     * @return the result page's address, below the pages' base
     */
    String address(RoundTrips roundTrips, String browserKey) {
        String query = query();
        return ConnectPaths.RESULT + "?" + query + "&" + SIGNATURE_PARAMETER + "=" + roundTrips.seal(query, browserKey);
    }

    /**
     * @param cookies the browser keys this browser sent
     * @return the failed round trip the result page's address holds, or null when it holds none, or one that was not
     *         signed for this browser
     */
    static @Nullable FailedRoundTrip read(Map<String, String> query, RoundTrips roundTrips,
            Collection<String> cookies) {
        String failed = query.get(FAILED_PARAMETER);
        String signature = query.get(SIGNATURE_PARAMETER);
        if (!(CANCELLED.equals(failed) || INCOMPLETE.equals(failed)) || signature == null) {
            return null;
        }
        String thing = query.get(ConnectPaths.THING_PARAMETER);
        ThingUID reconnect;
        try {
            reconnect = thing == null ? null : new ThingUID(thing);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String reason = query.get(REASON_PARAMETER);
        FailedRoundTrip read = new FailedRoundTrip(INCOMPLETE.equals(failed), reconnect,
                reason == null || reason.isEmpty() ? null : reason);
        // What the page shows, written again as it was signed: a value dropped or changed fails.
        return roundTrips.isSealed(read.query(), signature, cookies) ? read : null;
    }

    /** The parameters, always in this order and encoded the same way: their signature is checked as written. */
    private String query() {
        ThingUID thing = reconnect;
        String text = reason;
        return FAILED_PARAMETER + "=" + (incomplete ? INCOMPLETE : CANCELLED)
                + (thing == null ? "" : "&" + ConnectPaths.THING_PARAMETER + "=" + encode(thing.getAsString()))
                + (text == null ? "" : "&" + REASON_PARAMETER + "=" + encode(text));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
