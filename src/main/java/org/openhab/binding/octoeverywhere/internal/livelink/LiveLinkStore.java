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
package org.openhab.binding.octoeverywhere.internal.livelink;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Executor;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.DeferredWrites;
import org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants;
import org.openhab.binding.octoeverywhere.internal.api.LiveLink;
import org.openhab.core.common.registry.RegistryChangeListener;
import org.openhab.core.storage.Storage;
import org.openhab.core.thing.Thing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * Keeps each printer's current Live Link across restarts, in one openHAB storage for the binding keyed by thing UID.
 * A link is tied to the App Connection it was made with: a fingerprint of base URL and token is stored with it, so a
 * link of another printer is never restored after the token changed, even while openHAB was down. The fingerprint is
 * a one-way hash; the token itself is never stored here.
 *
 * <p>
 * Registered with openHAB's thing registry, it forgets a thing's link when the thing is removed, also a thing removed
 * while disabled, which has no handler to tell. Writes go to openHAB's database through {@link DeferredWrites}, so no
 * caller waits for the file; reads see the writes still waiting.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class LiveLinkStore implements RegistryChangeListener<Thing> {
    public static final String STORAGE_NAME = "octoeverywhere.livelinks";

    private final Logger logger = LoggerFactory.getLogger(LiveLinkStore.class);
    /** Stands for a removal among the waiting writes; a stored link is never empty. */
    private static final String REMOVED = "";

    private final Storage<String> storage;
    private final DeferredWrites<String> writes;
    private final Gson gson = new Gson();

    /**
     * @param executor where the writes are done
     */
    public LiveLinkStore(Storage<String> storage, Executor executor) {
        this.storage = storage;
        this.writes = new DeferredWrites<>(executor, this::write);
    }

    public static String fingerprint(URI baseUrl, String appToken) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((baseUrl + "\n" + appToken).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }

    public void save(String key, String fingerprint, LiveLink link) {
        StoredLiveLink stored = new StoredLiveLink();
        stored.connection = fingerprint;
        stored.liveId = link.liveId();
        stored.url = link.url();
        stored.shortUrl = link.shortUrl();
        Instant expires = link.expires();
        stored.expires = expires == null ? null : expires.toString();
        writes.offer(Map.of(key, gson.toJson(stored)));
    }

    /**
     * The stored link of {@code key} if it belongs to the same App Connection and has not expired at {@code now};
     * otherwise removes what is stored and returns null.
     */
    public @Nullable LiveLink restore(String key, String fingerprint, Instant now) {
        String waiting = writes.pending(key);
        String json = waiting != null ? waiting : storage.get(key);
        if (json == null || REMOVED.equals(json)) {
            return null;
        }
        LiveLink link = decode(json, fingerprint);
        Instant expires = link == null ? null : link.expires();
        if (link == null || (expires != null && !expires.isAfter(now))) {
            remove(key);
            return null;
        }
        return link;
    }

    public void remove(String key) {
        writes.offer(Map.of(key, REMOVED));
    }

    private void write(Map<String, String> values) {
        values.forEach((key, json) -> {
            if (REMOVED.equals(json)) {
                storage.remove(key);
            } else {
                storage.put(key, json);
            }
        });
    }

    @Override
    public void removed(Thing thing) {
        if (OctoEverywhereBindingConstants.THING_TYPE_PRINTER.equals(thing.getThingTypeUID())) {
            remove(thing.getUID().toString());
        }
    }

    @Override
    public void added(Thing thing) {
    }

    @Override
    public void updated(Thing oldThing, Thing thing) {
    }

    private @Nullable LiveLink decode(String json, String fingerprint) {
        try {
            StoredLiveLink stored = gson.fromJson(json, StoredLiveLink.class);
            String url = stored == null ? null : stored.url;
            if (stored == null || url == null || !fingerprint.equals(stored.connection)) {
                return null;
            }
            String expires = stored.expires;
            return new LiveLink(stored.liveId, url, stored.shortUrl, expires == null ? null : Instant.parse(expires));
        } catch (JsonParseException | DateTimeParseException e) {
            logger.debug("Dropping an unreadable stored Live Link: {}", e.getMessage());
            return null;
        }
    }
}
