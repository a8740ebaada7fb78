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
package org.openhab.binding.octoeverywhere.internal.test;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the in-process test servers do beyond the servlet API, on Jetty 12.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class JettyServers {
    private JettyServers() {
    }

    /** Closes the request's connection without an answer. */
    public static void closeConnection(HttpServletRequest request) {
        // Jetty 12 answers an aborted servlet channel with 500: only closing the connection sends nothing.
        ServletContextRequest.getServletContextRequest(request).getConnectionMetaData().getConnection().close();
    }
}
