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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Hears of the elements a {@link Registry} gains, loses and changes.
 * <p>
 * Declaration of openHAB's {@code RegistryChangeListener} for building without openHAB's artifact repository; see
 * DEVELOPING.md. It only declares.
 *
 * @param <E> the element type
 */
@NonNullByDefault
public interface RegistryChangeListener<E> {

    void added(E element);

    void removed(E element);

    void updated(E oldElement, E element);
}
