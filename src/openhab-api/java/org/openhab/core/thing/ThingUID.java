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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Unique identifier of a thing: {@code bindingId:thingTypeId[:bridgeIds...]:id}.
 * <p>
 * Declaration of openHAB's {@code ThingUID} for building without openHAB's artifact repository; see DEVELOPING.md.
 */
@NonNullByDefault
public class ThingUID extends UID {

    /**
     * @param thingUID e.g. {@code "binding:type:id"}
     */
    public ThingUID(String thingUID) {
        super(thingUID);
    }

    public ThingUID(ThingTypeUID thingTypeUID, String id) {
        super(thingTypeUID.getBindingId(), thingTypeUID.getId(), id);
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
