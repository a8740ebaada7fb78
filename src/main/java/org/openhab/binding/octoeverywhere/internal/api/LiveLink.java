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
package org.openhab.binding.octoeverywhere.internal.api;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A Live Link OctoEverywhere created.
 *
 * @param liveId OctoEverywhere's id of the link, null when the answer had none
 * @param url the shareable link, always an absolute http(s) URL
 * @param shortUrl the short form of the link, null when missing or not an absolute http(s) URL
 * @param expires when a timed link stops working, counted from the moment the request was sent (so it is
 *            never later than OctoEverywhere's own expiry); null for a link that follows the current print
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record LiveLink(@Nullable String liveId, String url, @Nullable String shortUrl, @Nullable Instant expires) {
}
