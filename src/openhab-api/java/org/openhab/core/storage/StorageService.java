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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Provides named {@link Storage}s.
 * <p>
 * Declaration of openHAB's {@code StorageService} for building without openHAB's artifact repository; see
 * DEVELOPING.md. It only declares.
 */
@NonNullByDefault
public interface StorageService {

    /** @return the storage of this name, created if needed */
    <T> Storage<T> getStorage(String name);

    /**
     * @param classLoader the class loader for deserialising the values, or null for the default
     * @return the storage of this name, created if needed
     */
    <T> Storage<T> getStorage(String name, @Nullable ClassLoader classLoader);
}
