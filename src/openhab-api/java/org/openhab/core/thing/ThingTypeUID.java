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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Unique identifier of a thing type: {@code bindingId:thingTypeId}.
 * <p>
 * Declaration of openHAB's {@code ThingTypeUID} for building without openHAB's artifact repository; see DEVELOPING.md.
 * It only declares; the validation is {@link org.openhab.core.common.AbstractUID}'s.
 */
@NonNullByDefault
public class ThingTypeUID extends UID {

    /** A UID without segments, for deserialisation. */
    ThingTypeUID() {
    }

    /**
     * @param thingTypeUID e.g. {@code "binding:type"}
     */
    public ThingTypeUID(String thingTypeUID) {
        super(thingTypeUID);
    }

    public ThingTypeUID(String bindingId, String thingTypeId) {
        super(bindingId, thingTypeId);
    }

    /**
     * @return the thing type ID (the second segment)
     */
    public String getId() {
        return getSegment(1);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 2;
    }
}
