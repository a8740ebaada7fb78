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
package org.openhab.core.storage;

import java.util.Collection;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A persistent key-value store. The {@code stream()} default method of openHAB's interface is not declared.
 * <p>
 * Declaration of openHAB's {@code Storage} for building without openHAB's artifact repository; see DEVELOPING.md. It
 * only declares.
 *
 * @param <T> the type of the values
 */
@NonNullByDefault
public interface Storage<T> {

    /** @return the previous value, or null */
    @Nullable
    T put(String key, @Nullable T value);

    /** @return the removed value, or null */
    @Nullable
    T remove(String key);

    boolean containsKey(String key);

    @Nullable
    T get(String key);

    Collection<String> getKeys();

    Collection<@Nullable T> getValues();
}
