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
import org.openhab.core.common.registry.AbstractManagedProvider;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.internal.ThingStorageEntity;

/**
 * The things openHAB stores itself: those made in Main UI, by the REST API or approved from the Inbox, not those of
 * {@code .things} files. {@code get(ThingUID)} is inherited from {@link AbstractManagedProvider}, as in openHAB.
 * Here stored things cannot be read back (openHAB maps them with its DTO mapper): tests override {@code get}.
 * <p>
 * Declaration of openHAB's {@code ManagedThingProvider} for building without openHAB's artifact repository; see
 * DEVELOPING.md. It only declares: unlike openHAB's, it cannot map stored things back (openHAB uses its DTO mapper), so
 * reading a stored thing throws and tests override {@code get}.
 */
@NonNullByDefault
public class ManagedThingProvider extends AbstractManagedProvider<Thing, ThingUID, ThingStorageEntity>
        implements ThingProvider {

    public ManagedThingProvider(final StorageService storageService) {
        super(storageService);
    }

    @Override
    protected String getStorageName() {
        return Thing.class.getName();
    }

    @Override
    protected String keyToString(ThingUID key) {
        return key.toString();
    }

    @Override
    protected @Nullable Thing toElement(String key, ThingStorageEntity persistableElement) {
        throw new UnsupportedOperationException("not declared: openHAB's DTO mapper");
    }

    @Override
    protected ThingStorageEntity toPersistableElement(Thing element) {
        throw new UnsupportedOperationException("not declared: openHAB's DTO mapper");
    }
}
