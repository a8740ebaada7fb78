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
package org.openhab.binding.octoeverywhere.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Ids of the binding, its thing type, channels and properties.
 */
@NonNullByDefault
public final class OctoEverywhereBindingConstants {
    public static final String BINDING_ID = "octoeverywhere";

    private OctoEverywhereBindingConstants() {
    }
}
