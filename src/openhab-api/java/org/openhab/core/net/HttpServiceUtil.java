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
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Tells the ports of openHAB's HTTP server.
 * <p>
 * Declaration of openHAB's {@code HttpServiceUtil} for building without openHAB's artifact repository; see
 * DEVELOPING.md. Its behaviour follows openHAB 4.3.11/5.2.1: the port of the registered HTTP service of the highest
 * ranking (the last of equal rankings), else the framework property of the same name, else -1.
 */
@NonNullByDefault
public class HttpServiceUtil {

    private static final String HTTP_SERVICE = "org.osgi.service.http.HttpService";

    private HttpServiceUtil() {
    }

    /** @return the HTTP port, or -1 when it is not known */
    public static int getHttpServicePort(final BundleContext bc) {
        return port(bc, "org.osgi.service.http.port");
    }

    /** @return the HTTPS port, or -1 when it is not known */
    public static int getHttpServicePortSecure(final BundleContext bc) {
        return port(bc, "org.osgi.service.http.port.secure");
    }

    private static int port(BundleContext bc, String property) {
        ServiceReference<?>[] services;
        try {
            services = bc.getAllServiceReferences(HTTP_SERVICE, null);
        } catch (InvalidSyntaxException e) {
            return -1;
        }
        int port = -1;
        if (services != null) {
            int bestRanking = Integer.MIN_VALUE;
            for (ServiceReference<?> service : services) {
                Object value = service.getProperty(property);
                if (value == null) {
                    continue;
                }
                int servicePort;
                try {
                    servicePort = Integer.parseInt(value.toString());
                } catch (NumberFormatException e) {
                    continue;
                }
                int ranking = service.getProperty(Constants.SERVICE_RANKING) instanceof Integer number ? number : 0;
                if (ranking >= bestRanking) {
                    bestRanking = ranking;
                    port = servicePort;
                }
            }
        }
        if (port > 0) {
            return port;
        }
        String value = bc.getProperty(property);
        if (value != null) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                // as openHAB: not a port
            }
        }
        return -1;
    }
}
