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
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A registry of elements by their UID, which tells listeners of changes.
 * <p>
 * Declaration of the part of openHAB's {@code Registry} that the binding uses, for building without openHAB's
 * artifact repository; see DEVELOPING.md. It only declares a subset of openHAB's abstract methods, so the binding must
 * not implement it (tests may mock it).
 *
 * @param <E> the element type
 * @param <K> the type of the elements' UIDs
 */
@NonNullByDefault
public interface Registry<@NonNull E extends Identifiable<K>, @NonNull K> {

    void addRegistryChangeListener(RegistryChangeListener<E> listener);

    Collection<E> getAll();

    Stream<E> stream();

    @Nullable
    E get(K key);

    void removeRegistryChangeListener(RegistryChangeListener<E> listener);
}
