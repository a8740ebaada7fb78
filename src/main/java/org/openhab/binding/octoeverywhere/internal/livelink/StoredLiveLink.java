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
package org.openhab.binding.octoeverywhere.internal.livelink;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A Live Link as kept in openHAB's storage. Plain fields for Gson; {@code connection} is the fingerprint of the App
 * Connection that created it.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class StoredLiveLink {
    @Nullable
    String connection;

    @Nullable
    String liveId;

    @Nullable
    String url;

    @Nullable
    String shortUrl;

    @Nullable
    String expires;
}
