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
package org.openhab.binding.octoeverywhere.internal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Values kept in memory under random ids for a while: each for its lifetime, at most a maximum of them (the oldest
 * goes first), so that no number of requests can make them grow without bound.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class ExpiringEntries<V> {
    private record Entry<V>(V value, Instant added) {
    }

    private final RandomIds ids;
    private final Clock clock;
    private final Duration lifetime;
    private final int maximum;
    /** In the order added: the first is the oldest. */
    private final Map<String, Entry<V>> entries = new LinkedHashMap<>();

    public ExpiringEntries(RandomIds ids, Clock clock, Duration lifetime, int maximum) {
        this.ids = ids;
        this.clock = clock;
        this.lifetime = lifetime;
        this.maximum = maximum;
    }

    /** @return the new id of the value */
    public synchronized String add(V value) {
        forgetExpired();
        String id = ids.next();
        entries.put(id, new Entry<>(value, clock.instant()));
        Iterator<String> oldest = entries.keySet().iterator();
        while (entries.size() > maximum) {
            oldest.next();
            oldest.remove();
        }
        return id;
    }

    /** @return the value of the id, or null when there is none (any more) */
    public synchronized @Nullable V get(String id) {
        forgetExpired();
        Entry<V> entry = RandomIds.looksValid(id) ? entries.get(id) : null;
        return entry == null ? null : entry.value();
    }

    /** @return the value of the id, now forgotten, or null when there was none (any more) */
    public synchronized @Nullable V remove(String id) {
        forgetExpired();
        Entry<V> entry = RandomIds.looksValid(id) ? entries.remove(id) : null;
        return entry == null ? null : entry.value();
    }

    /** How many values are kept now. */
    public synchronized int size() {
        forgetExpired();
        return entries.size();
    }

    private void forgetExpired() {
        Instant oldest = clock.instant().minus(lifetime);
        entries.values().removeIf(entry -> !entry.added().isAfter(oldest));
    }
}
