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
package org.openhab.core.config.discovery;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Builds a {@link DiscoveryResult}. Only a subset of openHAB's members is declared: {@code create(DiscoveryResult)}
 * exists only in 5.x.
 * <p>
 * Declaration of openHAB's {@code DiscoveryResultBuilder} for building without openHAB's artifact repository; see
 * DEVELOPING.md.
 */
@NonNullByDefault
public class DiscoveryResultBuilder {

    private final ThingUID thingUID;
    private final Map<String, Object> properties = new HashMap<>();
    private @Nullable ThingUID bridgeUID;
    private @Nullable String representationProperty;
    private @Nullable String label;
    private long ttl = DiscoveryResult.TTL_UNLIMITED;
    private @Nullable ThingTypeUID thingTypeUID;

    private DiscoveryResultBuilder(ThingUID thingUID) {
        this.thingUID = thingUID;
    }

    public static DiscoveryResultBuilder create(ThingUID thingUID) {
        return new DiscoveryResultBuilder(thingUID);
    }

    public DiscoveryResultBuilder withThingType(@Nullable ThingTypeUID thingTypeUID) {
        this.thingTypeUID = thingTypeUID;
        return this;
    }

    /** Adds all the properties (none when null). */
    public DiscoveryResultBuilder withProperties(@Nullable Map<String, Object> properties) {
        if (properties != null) {
            this.properties.putAll(properties);
        }
        return this;
    }

    public DiscoveryResultBuilder withProperty(String key, Object value) {
        properties.put(key, value);
        return this;
    }

    public DiscoveryResultBuilder withRepresentationProperty(@Nullable String representationProperty) {
        this.representationProperty = representationProperty;
        return this;
    }

    public DiscoveryResultBuilder withBridge(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
        return this;
    }

    public DiscoveryResultBuilder withLabel(@Nullable String label) {
        this.label = label;
        return this;
    }

    /** @param ttl seconds the result stays in the Inbox */
    public DiscoveryResultBuilder withTTL(long ttl) {
        this.ttl = ttl;
        return this;
    }

    /**
     * The result: its thing type, when not set, is the second segment of the thing UID; a missing label is empty.
     * openHAB warns (and still builds) when the representation property is not among the properties.
     *
     * @throws IllegalArgumentException when the time to live is neither positive nor
     *             {@link DiscoveryResult#TTL_UNLIMITED}
     */
    public DiscoveryResult build() {
        ThingTypeUID type = thingTypeUID;
        if (type == null) {
            type = new ThingTypeUID(thingUID.getBindingId(), thingUID.getAsString().split(":")[1]);
        }
        if (ttl < 1 && ttl != DiscoveryResult.TTL_UNLIMITED) {
            throw new IllegalArgumentException("The ttl must not be 0 or negative!");
        }
        String text = label;
        return new Result(thingUID, type, bridgeUID, Collections.unmodifiableMap(new HashMap<>(properties)),
                representationProperty, text == null ? "" : text, ttl);
    }

    /** What openHAB's internal {@code DiscoveryResultImpl} holds. */
    private record Result(ThingUID thingUID, ThingTypeUID thingTypeUID, @Nullable ThingUID bridgeUID,
            Map<String, Object> properties, @Nullable String representationProperty, String label,
            long timeToLive) implements DiscoveryResult {

        @Override
        public ThingUID getThingUID() {
            return thingUID;
        }

        @Override
        public ThingTypeUID getThingTypeUID() {
            return thingTypeUID;
        }

        @Override
        public String getBindingId() {
            return thingUID.getBindingId();
        }

        @Override
        public Map<String, Object> getProperties() {
            return properties;
        }

        @Override
        public @Nullable String getRepresentationProperty() {
            return representationProperty;
        }

        @Override
        public DiscoveryResultFlag getFlag() {
            return DiscoveryResultFlag.NEW;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public @Nullable ThingUID getBridgeUID() {
            return bridgeUID;
        }

        @Override
        public long getTimeToLive() {
            return timeToLive;
        }

        @Override
        public void normalizePropertiesOnConfigDescription(List<String> configurationParameters) {
        }

        /** openHAB's result has no toString of its own either: its properties never reach a log line by it. */
        @Override
        public String toString() {
            return "DiscoveryResult[" + thingUID + "]";
        }
    }
}
