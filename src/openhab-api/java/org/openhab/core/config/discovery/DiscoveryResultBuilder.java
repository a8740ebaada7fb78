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

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link DiscoveryResult}.
 * <p>
 * Declaration of openHAB's {@code DiscoveryResultBuilder} for building without openHAB's artifact repository; see
 * DEVELOPING.md. {@code create(DiscoveryResult)} exists only in openHAB 5.x and is not declared. The behaviour follows
 * openHAB 4.3.11/5.2.1 and its result class: the thing type defaults to the thing UID's second segment; the result
 * shows the builder's properties (not a copy); it equals another result of the same thing UID, whatever its other
 * fields; its {@code toString} includes the properties; a time to live other than positive or
 * {@link DiscoveryResult#TTL_UNLIMITED} is refused. {@link #withBridge(ThingUID)} refuses a bridge that the thing UID
 * is not behind, as openHAB 4.3.11 does (5.2.1 accepts it).
 */
@NonNullByDefault
public class DiscoveryResultBuilder {

    private final Logger logger = LoggerFactory.getLogger(DiscoveryResultBuilder.class);

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

    /**
     * @throws IllegalArgumentException if the thing UID is not of the bridge's binding or does not name the bridge's
     *             ID among its bridge IDs
     */
    public DiscoveryResultBuilder withBridge(@Nullable ThingUID bridgeUID) {
        if (bridgeUID != null && (!thingUID.getBindingId().equals(bridgeUID.getBindingId())
                || !thingUID.getBridgeIds().contains(bridgeUID.getId()))) {
            throw new IllegalArgumentException(
                    "Thing UID '" + thingUID + "' does not match bridge UID '" + bridgeUID + "'");
        }
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
     * The result: its thing type, when not set, is the second segment of the thing UID (when that is not empty); a
     * missing label is empty. Warns, and still builds, when the representation property is not among the properties.
     *
     * @throws IllegalArgumentException when the time to live is neither positive nor
     *             {@link DiscoveryResult#TTL_UNLIMITED}
     */
    public DiscoveryResult build() {
        String representation = representationProperty;
        if (representation != null && !properties.containsKey(representation)) {
            logger.warn("Representation property '{}' of discovery result for thing '{}' is missing in properties map. "
                    + "It has to be fixed by the bindings developer.", representation, thingUID);
        }
        ThingTypeUID type = thingTypeUID;
        if (type == null) {
            String typeId = thingUID.getAsString().split(ThingUID.SEPARATOR)[1];
            if (!typeId.isEmpty()) {
                type = new ThingTypeUID(thingUID.getBindingId(), typeId);
                thingTypeUID = type;
            }
        }
        if (ttl < 1 && ttl != DiscoveryResult.TTL_UNLIMITED) {
            throw new IllegalArgumentException("The ttl must not be 0 or negative!");
        }
        String text = label;
        return new Result(thingUID, type, bridgeUID, Collections.unmodifiableMap(properties), representation,
                text == null ? "" : text, ttl);
    }

    /** What openHAB's internal {@code DiscoveryResultImpl} holds, and how it compares and prints. */
    private static final class Result implements DiscoveryResult {
        private final ThingUID thingUID;
        private final @Nullable ThingTypeUID thingTypeUID;
        private final @Nullable ThingUID bridgeUID;
        private Map<String, Object> properties;
        private final @Nullable String representationProperty;
        private final String label;
        private final long timeToLive;
        private final Instant timestamp = Instant.now();

        Result(ThingUID thingUID, @Nullable ThingTypeUID thingTypeUID, @Nullable ThingUID bridgeUID,
                Map<String, Object> properties, @Nullable String representationProperty, String label,
                long timeToLive) {
            this.thingUID = thingUID;
            this.thingTypeUID = thingTypeUID;
            this.bridgeUID = bridgeUID;
            this.properties = properties;
            this.representationProperty = representationProperty;
            this.label = label;
            this.timeToLive = timeToLive;
        }

        @Override
        public ThingUID getThingUID() {
            return thingUID;
        }

        /**
         * @throws IllegalArgumentException when no thing type was set and the thing UID has none either
         */
        @Override
        public ThingTypeUID getThingTypeUID() {
            ThingTypeUID type = thingTypeUID;
            if (type != null) {
                return type;
            }
            String typeId = thingUID.getAsString().split(ThingUID.SEPARATOR)[1];
            if (typeId.isEmpty()) {
                throw new IllegalArgumentException("ThingTypeUID of thing '" + thingUID.getAsString() + "' is null.");
            }
            return new ThingTypeUID(thingUID.getBindingId(), typeId);
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

        /** Turns the values of the properties that are no configuration parameters into strings, as openHAB does. */
        @Override
        public void normalizePropertiesOnConfigDescription(List<String> configurationParameters) {
            properties = properties.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey,
                            entry -> configurationParameters.contains(entry.getKey()) ? entry.getValue()
                                    : String.valueOf(entry.getValue())));
        }

        @Override
        public int hashCode() {
            return 31 + thingUID.hashCode();
        }

        /** Equal to a result of the same thing UID, as openHAB's. */
        @Override
        public boolean equals(@Nullable Object obj) {
            return obj == this || obj instanceof Result other && thingUID.equals(other.thingUID);
        }

        /** Like openHAB's, with the properties: whatever prints a result prints the token property too. */
        @Override
        public String toString() {
            return "DiscoveryResult [thingUID=" + thingUID + ", properties=" + properties + ", representationProperty="
                    + representationProperty + ", flag=" + getFlag() + ", label=" + label + ", bridgeUID=" + bridgeUID
                    + ", ttl=" + timeToLive + ", timestamp=" + timestamp + "]";
        }
    }
}
