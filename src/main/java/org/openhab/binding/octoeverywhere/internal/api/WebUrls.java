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

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Screens URLs from answers before they reach channels, rules and messages: a hostile or broken server must
 * not be able to hand out a {@code javascript:} link, a disguised host or a huge string.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class WebUrls {
    static final int MAX_LENGTH = 2048;

    private WebUrls() {
    }

    /** @return the URL when it is an absolute http(s) URL with a host and without user info, else null */
    static @Nullable String sanitize(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            return null;
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme();
            if (scheme == null || uri.isOpaque()) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            if (!"https".equals(scheme) && !"http".equals(scheme)) {
                return null;
            }
            String host = uri.getHost();
            // user info would let "https://octoeverywhere.com@evil.example/" pass for an OctoEverywhere link
            if (host == null || host.isEmpty() || uri.getRawUserInfo() != null) {
                return null;
            }
            return trimmed;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
