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
package org.openhab.core.types;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Marker interface for all state types.
 * <p>
 * Declaration of openHAB's {@code State} for building without openHAB's artifact repository; see DEVELOPING.md. The
 * default {@code as(Class)} follows openHAB 4.3.11/5.2.1: this state if it is of the class, else null.
 */
@NonNullByDefault
public interface State extends Type {

    /**
     * Returns this state if it is an instance of the target class, {@code null} otherwise.
     */
    default <T extends @Nullable State> @Nullable T as(@Nullable Class<T> target) {
        return target != null && target.isInstance(this) ? target.cast(this) : null;
    }
}
