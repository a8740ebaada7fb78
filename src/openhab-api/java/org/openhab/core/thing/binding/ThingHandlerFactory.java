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
package org.openhab.core.thing.binding;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Creates the {@link ThingHandler}s of things. Only a subset of openHAB's members is declared.
 * <p>
 * Declaration of openHAB's {@code ThingHandlerFactory} for building without openHAB's artifact repository; see
 * DEVELOPING.md. It only declares a subset of openHAB's abstract methods, so the binding must not implement it (tests
 * may mock it). Its {@code createThing} is left out: openHAB's {@code BaseThingHandlerFactory} implements it.
 */
@NonNullByDefault
public interface ThingHandlerFactory {

    boolean supportsThingType(ThingTypeUID thingTypeUID);

    /**
     * @return the new handler
     * @throws IllegalStateException if no handler could be created
     */
    ThingHandler registerHandler(Thing thing);

    void unregisterHandler(Thing thing);

    void removeThing(ThingUID thingUID);
}
