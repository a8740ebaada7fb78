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
package org.openhab.binding.octoeverywhere.internal.connect;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What the set-up pages read of a request, as the servlet got it: nothing else of it reaches them.
 *
 * @param method the HTTP method
 * @param base the address openHAB serves the pages under, "" at the root
 * @param path the page's path below the base
 * @param query the raw query, null when there is none
 * @param cookies the values of every browser-key cookie sent
 * @param scheme the scheme the browser used to reach openHAB
 * @param host the host name or address it used
 * @param port the port it used
 * @param secure whether the request came over TLS
 * @param asyncSupported whether the servlet may answer later without holding its thread
 * @param remoteAddress the sender's address, for the log
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
record SetupRequest(String method, String base, String path, @Nullable String query, List<String> cookies,
        String scheme, String host, int port, boolean secure, boolean asyncSupported, String remoteAddress) {
}
