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
package org.openhab.binding.octoeverywhere.internal.printevents;

import javax.servlet.Servlet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterRegistry;
import org.openhab.binding.octoeverywhere.internal.test.AbstractWebhookTest;
import org.openhab.binding.octoeverywhere.internal.webhook.WebhookServlet;

/**
 * Print events end to end: notifications posted over real HTTP to the webhook servlet in an in-process Jetty, routed
 * to printer handlers, shown on their channels.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
abstract class AbstractPrintEventsTest extends AbstractWebhookTest {
    @Override
    protected Servlet createWebhook(PrinterRegistry printers) {
        return new WebhookServlet(printers);
    }
}
