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

/**
 * A Live Link as kept in openHAB's storage. Plain fields for Gson; {@code connection} is the fingerprint of the App
 * Connection that created it.
 */
class StoredLiveLink {
    String connection;
    String liveId;
    String url;
    String shortUrl;
    String expires;
}
