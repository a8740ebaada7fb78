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

import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.WEBHOOK_PATH;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.servlet.Servlet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.client.util.StringContentProvider;
import org.eclipse.jetty.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterHandler;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterRegistry;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * Notifications posted over real HTTP to the webhook servlet in an in-process Jetty, and the printer things they are
 * routed to. Checks after each test that neither the secret nor a Quick View address reached the log.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractWebhookTest extends AbstractPrinterTest {
    protected static final String SECRET = "mk4-secret-0123456789";

    protected final PrinterRegistry registry = new PrinterRegistry();
    protected @NonNullByDefault({}) ServletServer servlets;
    private @NonNullByDefault({}) LogCapture log;

    /** The webhook servlet under test, finding its printers in the registry. */
    protected abstract Servlet createWebhook(PrinterRegistry printers);

    @BeforeEach
    public void startWebhook() throws Exception {
        log = LogCapture.start();
        servlets = new ServletServer(Map.of(WEBHOOK_PATH, createWebhook(registry)));
    }

    @AfterEach
    public void stopWebhook() throws Exception {
        try {
            log.assertNoLineContains(SECRET);
            log.assertNoLineContains("quickview");
        } finally {
            log.close();
            servlets.close();
        }
    }

    /** Starts the printer with this secret, brings it online and lets the webhook find it. */
    protected PrinterHandler startPrinter(PrinterFixture printer, String secret, Map<String, Object> more) {
        Map<String, Object> settings = new HashMap<>(more);
        settings.put("webhookSecret", secret);
        printer.start(settings);
        printer.scheduler.runDue();
        printer.awaitStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        printer.scheduler.runDue();
        registry.add(printer.handler());
        return printer.handler();
    }

    protected PrinterHandler startPrinter() {
        return startPrinter(fixture, SECRET, Map.of());
    }

    protected ContentResponse send(HttpMethod method, String body) throws Exception {
        return send(servlets, method, body);
    }

    protected ContentResponse send(ServletServer server, HttpMethod method, String body) throws Exception {
        return fixture.httpClient.newRequest(server.uri(WEBHOOK_PATH)).method(method)
                .content(new StringContentProvider("application/json", body, StandardCharsets.UTF_8))
                .timeout(10, TimeUnit.SECONDS).send();
    }

    protected int post(String body) throws Exception {
        return send(HttpMethod.POST, body).getStatus();
    }

    protected int post(Notification notification) throws Exception {
        return post(notification.json());
    }

    /** A notification of this event with the thing's secret. */
    protected static Notification event(int eventType) {
        return Notification.of(eventType).secret(SECRET);
    }

    /**
     * The status of a POST sent as written.
     *
     * @param headersAndStart the headers after the content type, the empty line and what comes before the body
     */
    protected int statusOfRawRequest(ServletServer server, String headersAndStart, byte[] body) throws Exception {
        return server.sendRaw("POST " + WEBHOOK_PATH
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + headersAndStart, body)
                .status();
    }

    protected int statusOfRawRequest(String headersAndStart, byte[] body) throws Exception {
        return statusOfRawRequest(servlets, headersAndStart, body);
    }
}
