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
package org.openhab.core.net;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.osgi.framework.BundleContext;

/**
 * Tells the port of openHAB's HTTP server.
 * <p>
 * Declaration of the part of openHAB's {@code HttpServiceUtil} that the binding uses, for building without openHAB's
 * artifact repository; see DEVELOPING.md. openHAB asks the HTTP service first; this declaration reads only the
 * framework
 * property that openHAB falls back to.
 */
@NonNullByDefault
public class HttpServiceUtil {

    private HttpServiceUtil() {
    }

    /** @return the HTTP port, or -1 when it is not known */
    public static int getHttpServicePort(final BundleContext bc) {
        String value = bc.getProperty("org.osgi.service.http.port");
        try {
            return value == null ? -1 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
