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
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Registry;

/**
 * The things openHAB knows, from every provider (Main UI, {@code .things} files, ...).
 * <p>
 * Declaration of the part of openHAB's {@code ThingRegistry} that the binding uses, for building without openHAB's
 * artifact repository; see DEVELOPING.md. It only declares a subset of openHAB's abstract methods, so the binding must
 * not implement it (tests may mock it).
 */
@NonNullByDefault
public interface ThingRegistry extends Registry<Thing, ThingUID> {

    @Override
    @Nullable
    Thing get(ThingUID uid);
}
