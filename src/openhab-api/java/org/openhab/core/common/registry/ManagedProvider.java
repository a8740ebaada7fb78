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

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A provider whose elements openHAB itself stores and may change (those made in Main UI or by the REST API). Only a
 * subset of openHAB's members is declared.
 * <p>
 * Declaration of openHAB's {@code ManagedProvider} for building without openHAB's artifact repository; see
 * DEVELOPING.md. It only declares a subset of openHAB's abstract methods, so the binding must not implement it (tests
 * may mock it).
 *
 * @param <E> the element type
 * @param <K> the type of the elements' keys
 */
@NonNullByDefault
public interface ManagedProvider<@NonNull E extends Identifiable<K>, @NonNull K> extends Provider<E> {

    /** @return the element of this key, or null if this provider has none */
    @Nullable
    E get(K key);
}
