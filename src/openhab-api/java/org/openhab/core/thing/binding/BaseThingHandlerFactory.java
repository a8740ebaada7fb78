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
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.ComponentContext;

/**
 * Base class of thing handler factories. Only a subset of openHAB's members is declared (no service
 * registration).
 * <p>
 * Declaration of openHAB's {@code BaseThingHandlerFactory} for building without openHAB's artifact repository; see
 * DEVELOPING.md.
 */
@NonNullByDefault
public abstract class BaseThingHandlerFactory implements ThingHandlerFactory {

    /**
     * Called by Declarative Services when the factory starts; openHAB keeps the bundle context for registering the
     * services of handlers.
     */
    protected void activate(ComponentContext componentContext) {
    }

    /**
     * Called by Declarative Services when the factory stops; openHAB unregisters the services of handlers.
     */
    protected void deactivate(ComponentContext componentContext) {
    }

    /**
     * Calls {@link #createHandler(Thing)}.
     *
     * @throws IllegalStateException if it returns null
     */
    @Override
    public ThingHandler registerHandler(Thing thing) {
        ThingHandler handler = createHandler(thing);
        if (handler == null) {
            throw new IllegalStateException(
                    getClass().getSimpleName() + " could not create a handler for the thing '" + thing.getUID() + "'.");
        }
        return handler;
    }

    /**
     * @return the handler for the thing, or null if none can be created
     */
    protected abstract @Nullable ThingHandler createHandler(Thing thing);

    /**
     * Passes the thing's handler, if any, to {@link #removeHandler(ThingHandler)}.
     */
    @Override
    public void unregisterHandler(Thing thing) {
        ThingHandler handler = thing.getHandler();
        if (handler != null) {
            removeHandler(handler);
        }
    }

    /**
     * Called when a handler is removed; does nothing unless overridden.
     */
    protected void removeHandler(ThingHandler thingHandler) {
    }

    @Override
    public void removeThing(ThingUID thingUID) {
    }
}
