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
package org.openhab.core.common.registry;

import java.util.Collection;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base class of managed providers: keeps the elements in a storage of openHAB's, converted to a persistable form.
 * Only a subset of openHAB's members is declared (no add, update or remove). {@link #get(Object)} is declared here,
 * as in openHAB, so that a call through a subclass compiles to the method openHAB has.
 * <p>
 * Declaration of openHAB's {@code AbstractManagedProvider} for building without openHAB's artifact repository; see
 * DEVELOPING.md. {@link #getAll()} and {@link #get(Object)} follow openHAB 4.3.11/5.2.1: they read the storage and map
 * each stored element with {@link #toElement(String, Object)}, leaving out those it maps to null.
 *
 * @param <E> the element type
 * @param <K> the type of the elements' keys
 * @param <PE> the type of the persisted form of the elements
 */
@NonNullByDefault
public abstract class AbstractManagedProvider<@NonNull E extends Identifiable<K>, @NonNull K, @NonNull PE>
        extends AbstractProvider<E> implements ManagedProvider<E, K> {

    private final Storage<PE> storage;

    protected final Logger logger = LoggerFactory.getLogger(AbstractManagedProvider.class);

    protected AbstractManagedProvider(final StorageService storageService) {
        storage = storageService.getStorage(getStorageName(), this.getClass().getClassLoader());
    }

    @Override
    public Collection<E> getAll() {
        return storage.getKeys().stream().map(this::getElement).filter(Objects::nonNull).map(Objects::requireNonNull)
                .toList();
    }

    /** @return a new element read from the storage, or null if the storage has none of this key */
    @Override
    public @Nullable E get(K key) {
        return getElement(keyToString(key));
    }

    private @Nullable E getElement(String key) {
        @Nullable
        PE persistableElement = storage.get(key);
        return persistableElement != null ? toElement(key, persistableElement) : null;
    }

    protected abstract String getStorageName();

    protected abstract String keyToString(K key);

    protected abstract @Nullable E toElement(String key, PE persistableElement);

    protected abstract PE toPersistableElement(E element);
}
