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
package org.openhab.binding.octoeverywhere.internal.webhook;

import java.time.Clock;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterRegistry;

/**
 * The webhook servlet as tests of other packages make and watch it.
 */
@NonNullByDefault
public final class WebhookServlets {
    private WebhookServlets() {}

    /** A servlet with a controllable clock and read timeout. */
    public static WebhookServlet create(PrinterRegistry registry, Clock clock, Duration readTimeout) {
        return new WebhookServlet(registry, clock, readTimeout);
    }

    /** How many bodies on their way the servlet buffers now. */
    public static int bodiesBuffered(WebhookServlet servlet) {
        return servlet.buffers().open();
    }

    /** How many bytes the servlet's buffers of bodies on their way may hold now. */
    public static long bufferCapacity(WebhookServlet servlet) {
        return servlet.buffers().capacity();
    }
}
