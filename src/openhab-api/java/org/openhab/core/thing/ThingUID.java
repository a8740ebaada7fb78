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
package org.openhab.core.thing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Unique identifier of a thing: {@code bindingId:thingTypeId[:bridgeIds...]:id}.
 * <p>
 * Declaration of openHAB's {@code ThingUID} for building without openHAB's artifact repository; see DEVELOPING.md.
 * It only declares; the validation is {@link org.openhab.core.common.AbstractUID}'s.
 */
@NonNullByDefault
public class ThingUID extends UID {

    private static final String NO_THING_TYPE = "";

    /** A UID without segments, for deserialisation. */
    ThingUID() {
        super();
    }

    public ThingUID(ThingTypeUID thingTypeUID, String id) {
        super(thingTypeUID.getBindingId(), thingTypeUID.getId(), id);
    }

    /** A thing of this type behind the bridge: the bridge's own bridge IDs and ID come before the thing's ID. */
    public ThingUID(ThingTypeUID thingTypeUID, ThingUID bridgeUID, String id) {
        super(segments(thingTypeUID.getBindingId(), thingTypeUID.getId(), id, bridgeIds(bridgeUID)));
    }

    public ThingUID(ThingTypeUID thingTypeUID, String id, String... bridgeIds) {
        super(segments(thingTypeUID.getBindingId(), thingTypeUID.getId(), id, Arrays.asList(bridgeIds)));
    }

    /** A thing without thing type segment (an empty second segment). */
    public ThingUID(String bindingId, String id) {
        super(bindingId, NO_THING_TYPE, id);
    }

    public ThingUID(String bindingId, ThingUID bridgeUID, String id) {
        super(segments(bindingId, NO_THING_TYPE, id, bridgeIds(bridgeUID)));
    }

    public ThingUID(String bindingId, String thingTypeId, String id) {
        super(bindingId, thingTypeId, id);
    }

    /**
     * @param thingUID e.g. {@code "binding:type:id"}
     */
    public ThingUID(String thingUID) {
        super(thingUID);
    }

    public ThingUID(String... segments) {
        super(segments);
    }

    private static List<String> bridgeIds(ThingUID bridgeUID) {
        List<String> ids = new ArrayList<>(bridgeUID.getBridgeIds());
        ids.add(bridgeUID.getId());
        return ids;
    }

    private static String[] segments(String bindingId, String thingTypeId, String id, List<String> bridgeIds) {
        List<String> all = new ArrayList<>();
        all.add(bindingId);
        all.add(thingTypeId);
        all.addAll(bridgeIds);
        all.add(id);
        return all.toArray(new String[0]);
    }

    /**
     * @return the IDs between the thing type and the thing's own ID: the bridges the thing is behind
     */
    public List<String> getBridgeIds() {
        List<String> segments = getAllSegments();
        return segments.subList(2, segments.size() - 1);
    }

    /**
     * @return the thing's ID (the last segment)
     */
    public String getId() {
        List<String> segments = getAllSegments();
        return segments.get(segments.size() - 1);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 3;
    }
}
