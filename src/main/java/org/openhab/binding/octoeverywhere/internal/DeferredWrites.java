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
package org.openhab.binding.octoeverywhere.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Writes to openHAB's database (thing properties, stored links), handed to an executor rather than done on the
 * caller's thread: a write may wait for the database file, which must hold up neither an HTTP answer nor a lock. A
 * value offered while a write is pending joins it, a newer value for a key replaces an older one, and writes happen
 * one at a time, so the newest value is always the one that stays.
 *
 * @param <V> the values, by key
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class DeferredWrites<V> {
    private final Executor executor;
    private final Consumer<Map<String, V>> write;
    private final Object writing = new Object();
    private final Map<String, V> pending = new HashMap<>();
    /** Whether a flush is on its way to the executor: values offered meanwhile join it. */
    private boolean scheduled;

    /**
     * @param write does the writes; called on the executor, one call at a time
     */
    public DeferredWrites(Executor executor, Consumer<Map<String, V>> write) {
        this.executor = executor;
        this.write = write;
    }

    /** Writes these values soon. */
    public void offer(Map<String, V> values) {
        if (values.isEmpty()) {
            return;
        }
        synchronized (pending) {
            pending.putAll(values);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        executor.execute(this::flush);
    }

    /** The value waiting to be written for this key, or null when none is waiting. */
    @Nullable
    public V pending(String key) {
        synchronized (pending) {
            return pending.get(key);
        }
    }

    private void flush() {
        // Taken and written under one lock: a later write cannot overtake an earlier one.
        synchronized (writing) {
            Map<String, V> values;
            synchronized (pending) {
                scheduled = false;
                values = Map.copyOf(pending);
            }
            write.accept(values);
            synchronized (pending) {
                // Only now: until the database has them, readers take them from here. A newer value stays.
                values.forEach((key, value) -> pending.remove(key, value));
            }
        }
    }
}
