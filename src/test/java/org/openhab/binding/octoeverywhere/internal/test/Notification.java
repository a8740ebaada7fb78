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
import org.openhab.binding.octoeverywhere.internal.api.PrintEvent;
import org.openhab.binding.octoeverywhere.internal.api.WebhookPayload;

import com.google.gson.JsonObject;

/**
 * A notification as OctoEverywhere posts it to the webhook, built field by field with the keys OctoEverywhere
 * documents.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class Notification {
    private final JsonObject json = new JsonObject();

    private Notification(int eventType) {
        json.addProperty("EventType", eventType);
    }

    /** @param eventType OctoEverywhere's number of the event, e.g. 1 for a print that started */
    public static Notification of(int eventType) {
        return new Notification(eventType);
    }

    public Notification secret(String secretKey) {
        return with("SecretKey", secretKey);
    }

    public Notification printId(String printId) {
        return with("PrintId", printId);
    }

    public Notification printerId(String printerId) {
        return with("PrinterId", printerId);
    }

    public Notification printerName(String printerName) {
        return with("PrinterName", printerName);
    }

    public Notification with(String key, String value) {
        json.addProperty(key, value);
        return this;
    }

    public Notification with(String key, Number value) {
        json.addProperty(key, value);
        return this;
    }

    /** The body OctoEverywhere posts. */
    public String json() {
        return json.toString();
    }

    /** The event, as the webhook reads it from the body. */
    public PrintEvent event() {
        return WebhookPayload.parse(json()).event();
    }

    @Override
    public String toString() {
        return json();
    }
}
