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
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.web.RandomIds;
import org.openhab.core.thing.ThingUID;

/**
 * The round trips to the App Connection Portal, kept in nothing but their {@code state}: the state says what the
 * round trip is for and until when it may end, and is signed (HMAC-SHA256) with a key made when the binding starts,
 * together with the browser's key, a random value set as a cookie in the browser that started it. So no one can
 * make, change or take over a state, no number of requests can fill a table or push out someone's round trip, and
 * several round trips of one browser (two tabs) each end by themselves.
 *
 * <p>
 * A state ends a round trip once: those that did are remembered until they expire. Only a round trip that made a
 * change is remembered, and only as many as can pass the portal returns' rate limit in {@link #LIFETIME}.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class RoundTrips {
    static final Duration LIFETIME = Duration.ofMinutes(15);
    /** Longer than any state this class makes. */
    static final int MAX_STATE_LENGTH = 512;

    private static final String ALGORITHM = "HmacSHA256";
    private static final String NEW_PRINTER = "new";
    /** Starts every text {@link #seal} signs: a state's payload, base64url, never holds a colon. */
    private static final String SEALED = "sealed:";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    /**
     * A round trip the browser started.
     *
     * @param reconnect the thing that gets the new token, or null for a new printer
     * @param id the round trip's own id
     * @param browserKey the key of the browser that started it
     */
    record Started(@Nullable ThingUID reconnect, String id, Instant expires, String browserKey) {
        /** Without the browser's key. */
        @Override
        public String toString() {
            return "Started[" + (reconnect == null ? NEW_PRINTER : reconnect) + "]";
        }
    }

    private final RandomIds ids;
    private final Clock clock;
    private final SecretKeySpec key;
    private final int maxEnded;
    /** The ids of the round trips that ended, until they expire. */
    private final Map<String, Instant> ended = new LinkedHashMap<>();

    /**
     * @param maxEnded how many ended round trips are remembered at most: as many as may end in {@link #LIFETIME}
     */
    RoundTrips(SecureRandom random, Clock clock, int maxEnded) {
        this.ids = new RandomIds(random);
        this.clock = clock;
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.maxEnded = maxEnded;
    }

    /** The browser's key: the one its cookie holds, or a new one for a browser without. */
    String browserKey(Collection<String> cookies) {
        return cookies.stream().filter(RandomIds::looksValid).findFirst().orElseGet(ids::next);
    }

    /**
     * @param browserKey the key of the browser that starts the round trip, see {@link #browserKey}
     * @param reconnect the thing that gets the new token, or null for a new printer
     * @return the state, which holds no secret
     */
    String start(String browserKey, @Nullable ThingUID reconnect) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        String payload = expires + ":" + ids.next() + ":" + (reconnect == null ? NEW_PRINTER : reconnect.getAsString());
        String encoded = BASE64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + sign(encoded, browserKey);
    }

    /**
     * @param cookies the browser keys this browser sent
     * @return the round trip, or null when the state was not made by this binding for one of these browsers, has
     *         expired or ended already
     */
    @Nullable
    Started check(String state, Collection<String> cookies) {
        int dot = state.indexOf('.');
        if (state.length() > MAX_STATE_LENGTH || dot < 0) {
            return null;
        }
        String encoded = state.substring(0, dot);
        String browserKey = signer(encoded, state.substring(dot + 1), cookies);
        return browserKey == null ? null : started(encoded, browserKey);
    }

    /**
     * Signs a text for one browser, such as the address of a page that only this browser may be shown: no one can
     * make another browser show a text of theirs with it. A signed text is never taken for a state.
     *
     * @param browserKey the browser's key, see {@link #browserKey}
     * @return the signature, base64url
     */
    String seal(String text, String browserKey) {
        return sign(SEALED + text, browserKey);
    }

    /**
     * @param cookies the browser keys this browser sent
     * @return whether {@link #seal} made the signature of the text for one of these browsers
     */
    boolean isSealed(String text, String signature, Collection<String> cookies) {
        return signer(SEALED + text, signature, cookies) != null;
    }

    /** @return the browser key among the cookies that the signature was made with, or null */
    private @Nullable String signer(String signed, String signature, Collection<String> cookies) {
        byte[] expected = signature.getBytes(StandardCharsets.US_ASCII);
        String signer = null;
        for (String cookie : cookies) {
            // Every cookie is tried, in constant time: the answer's timing tells nothing.
            if (RandomIds.looksValid(cookie)
                    && MessageDigest.isEqual(sign(signed, cookie).getBytes(StandardCharsets.US_ASCII), expected)) {
                signer = cookie;
            }
        }
        return signer;
    }

    /**
     * Ends the round trip, once.
     *
     * @return false when it ended already
     */
    synchronized boolean end(Started started) {
        Instant now = clock.instant();
        ended.values().removeIf(expires -> !expires.isAfter(now));
        if (ended.containsKey(started.id())) {
            return false;
        }
        if (ended.size() >= maxEnded) {
            // Only when the clock jumped: the rate limit lets no more round trips end in a lifetime.
            ended.remove(ended.keySet().iterator().next());
        }
        ended.put(started.id(), started.expires());
        return true;
    }

    /** How many ended round trips are remembered now. */
    synchronized int remembered() {
        return ended.size();
    }

    private @Nullable Started started(String encoded, String browserKey) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split(":", 3);
        } catch (IllegalArgumentException e) {
            return null;
        }
        // Signed by this binding, so well-formed; the checks only guard against a change of format.
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}")) {
            return null;
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[0]));
        synchronized (this) {
            if (!clock.instant().isBefore(expires) || ended.containsKey(parts[1])) {
                return null;
            }
        }
        try {
            return new Started(NEW_PRINTER.equals(parts[2]) ? null : new ThingUID(parts[2]), parts[1], expires,
                    browserKey);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String sign(String signed, String browserKey) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(signed.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return BASE64.encodeToString(mac.doFinal(browserKey.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            // Every Java runtime must provide HmacSHA256.
            throw new IllegalStateException(e);
        }
    }
}
