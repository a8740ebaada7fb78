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
package org.openhab.binding.octoeverywhere.internal.handler;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Hands thing properties to openHAB on an executor rather than on the caller's thread: openHAB stores them in its
 * database, which must not hold up an HTTP answer or a lock. Properties offered while a write is pending join it, a
 * newer value replaces an older one, and writes happen one at a time, so the newest value is always the one that
 * stays.
 */
@NonNullByDefault
final class PropertyWriter {
    private final Executor executor;
    private final Consumer<Map<String, String>> write;
    private final Object writing = new Object();
    private final Map<String, String> pending = new HashMap<>();

    /**
     * @param write hands the properties to openHAB; called on the executor, one call at a time
     */
    PropertyWriter(Executor executor, Consumer<Map<String, String>> write) {
        this.executor = executor;
        this.write = write;
    }

    /** Writes the properties soon. */
    void offer(Map<String, String> properties) {
        if (properties.isEmpty()) {
            return;
        }
        synchronized (pending) {
            boolean scheduled = !pending.isEmpty();
            pending.putAll(properties);
            if (scheduled) {
                return;
            }
        }
        executor.execute(this::flush);
    }

    /** Forgets what has not been written yet. */
    void clear() {
        synchronized (pending) {
            pending.clear();
        }
    }

    private void flush() {
        // Taken and written under one lock: a later write cannot overtake an earlier one.
        synchronized (writing) {
            Map<String, String> properties;
            synchronized (pending) {
                properties = Map.copyOf(pending);
                pending.clear();
            }
            if (!properties.isEmpty()) {
                write.accept(properties);
            }
        }
    }
}
