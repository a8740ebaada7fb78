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
package org.openhab.core.thing.internal;

import org.openhab.core.thing.dto.ThingDTO;

/**
 * The persisted form of a managed thing, the type argument of {@code ManagedThingProvider}. openHAB does not export
 * this package: the binding never names the class; it is declared only so that {@code ManagedThingProvider} has
 * openHAB's generic signature. Only a subset of openHAB's members is declared.
 * <p>
 * Declaration of openHAB's {@code ThingStorageEntity} for building without openHAB's artifact repository; see
 * DEVELOPING.md. It only declares.
 */
public class ThingStorageEntity extends ThingDTO {
    public boolean isBridge = false;

    ThingStorageEntity() {
    }
}
