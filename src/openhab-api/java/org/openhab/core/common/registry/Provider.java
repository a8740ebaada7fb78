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

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Provides elements to a registry. Only a subset of openHAB's members is declared (no change listeners).
 * <p>
 * Declaration of openHAB's {@code Provider} for building without openHAB's artifact repository; see DEVELOPING.md. It
 * only declares a subset of openHAB's abstract methods, so the binding must not implement it (tests may mock it).
 *
 * @param <E> the element type
 */
@NonNullByDefault
public interface Provider<@NonNull E> {

    Collection<E> getAll();
}
