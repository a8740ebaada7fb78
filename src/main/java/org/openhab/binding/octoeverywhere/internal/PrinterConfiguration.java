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
import org.openhab.binding.octoeverywhere.internal.api.BaseUrl;

/**
 * The configuration of a Printer thing; field names are the parameter names of {@code thing-types.xml}.
 */
@NonNullByDefault
public class PrinterConfiguration {
    public String appToken = "";
    public int expirationHours = 24;
    public int refreshInterval = 15;
    public String baseUrl = BaseUrl.DEFAULT;

    /** No secret here: openHAB may print the configuration object in its own log lines. */
    @Override
    public String toString() {
        return "PrinterConfiguration[expirationHours=" + expirationHours + ", refreshInterval=" + refreshInterval
                + ", baseUrl=" + baseUrl + ", appToken=" + (appToken.isBlank() ? "<blank>" : "<set>") + "]";
    }
}
