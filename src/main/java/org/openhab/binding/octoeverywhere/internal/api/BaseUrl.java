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

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Checks the configured base URL of the OctoEverywhere API. The token travels in a header to this address,
 * so it must be HTTPS; plain HTTP is allowed only to this machine (a test server or a local proxy).
 * Messages never repeat the input, in case a user pasted the token into the wrong field.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class BaseUrl {
    public static final String DEFAULT = "https://octoeverywhere.com";

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private BaseUrl() {
    }

    /**
     * @return the URL without a trailing slash, with scheme and host in lower case
     * @throws IllegalArgumentException saying what is wrong
     */
    public static URI parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The base URL is empty");
        }
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The base URL is not a valid URL");
        }
        String scheme = uri.getScheme();
        if (scheme == null || uri.isOpaque()) {
            throw new IllegalArgumentException("The base URL must start with https://");
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The base URL must not contain a user name or password");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("The base URL has no valid host name");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("The base URL must not contain a query (?) or fragment (#)");
        }
        int port = uri.getPort();
        if (port == 0 || port > 65535) {
            throw new IllegalArgumentException("The base URL has an invalid port");
        }
        if (!"https".equals(scheme) && !("http".equals(scheme) && isLoopback(host))) {
            throw new IllegalArgumentException(
                    "The base URL must use https:// (plain http:// is allowed only for localhost)");
        }
        String path = uri.getRawPath();
        while (path != null && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(scheme + "://" + host + (port > 0 ? ":" + port : "") + (path == null ? "" : path));
    }

    private static boolean isLoopback(String host) {
        if ("localhost".equals(host) || IPV4_LOOPBACK.matcher(host).matches()) {
            return true;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            try {
                // An IPv6 literal: resolved without any name lookup.
                return InetAddress.getByName(host.substring(1, host.length() - 1)).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
