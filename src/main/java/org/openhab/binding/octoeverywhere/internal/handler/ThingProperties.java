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
import org.openhab.binding.octoeverywhere.internal.DeferredWrites;

/**
 * The thing's properties as its parts change them: openHAB stores them in its database, so they are written soon, on
 * the executor, outside every lock of the parts. An empty value removes a property.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ThingProperties {
    private final DeferredWrites<String> writes;

    /**
     * @param set sets the properties given
     * @param remove removes the property named
     */
    ThingProperties(Executor executor, Consumer<Map<String, String>> set, Consumer<String> remove) {
        this.writes = new DeferredWrites<>(executor, properties -> {
            Map<String, String> values = new HashMap<>(properties);
            values.values().removeIf(String::isEmpty);
            set.accept(values);
            properties.forEach((name, value) -> {
                if (value.isEmpty()) {
                    remove.accept(name);
                }
            });
        });
    }

    /** Writes these properties soon. */
    void offer(Map<String, String> properties) {
        writes.offer(properties);
    }
}
