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
package org.openhab.binding.octoeverywhere.internal.config;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.AppTokens;
import org.openhab.binding.octoeverywhere.internal.api.BaseUrl;
import org.openhab.binding.octoeverywhere.internal.api.LiveLinkRequest;
import org.openhab.binding.octoeverywhere.internal.gadget.GadgetWatch;
import org.openhab.binding.octoeverywhere.internal.printevents.WebhookSecret;

/**
 * The configuration of a Printer thing; field names are the parameter names of {@code thing-types.xml}.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class PrinterConfiguration {
    public String appToken = "";
    public int expirationHours = 24;
    public int refreshInterval = 15;
    public String baseUrl = BaseUrl.DEFAULT;
    /** The secret key entered on OctoEverywhere's notification page; empty: the thing takes no notifications. */
    public String webhookSecret = "";

    public boolean liveLinkOnPrintStart = false;
    /** Seconds between two questions to Gadget while a print runs. */
    public int gadgetInterval = 30;

    /**
     * What is wrong with this configuration, as the i18n key of the thing's status text, or null when it is usable.
     * openHAB checks the configuration description (required token, number limits) before it initializes a handler;
     * this also checks what the description cannot say (the token's characters, an HTTPS address), and never lets an
     * out-of-range number through to a request.
     */
    public @Nullable String problem() {
        if (appToken.isBlank()) {
            return "offline.config-error.token-missing";
        }
        try {
            AppTokens.requireValid(appToken);
        } catch (IllegalArgumentException e) {
            return "offline.config-error.token-malformed";
        }
        try {
            BaseUrl.parse(baseUrl);
        } catch (IllegalArgumentException e) {
            return "offline.config-error.base-url";
        }
        if (expirationHours < LiveLinkRequest.MIN_HOURS || expirationHours > LiveLinkRequest.MAX_HOURS) {
            return "offline.config-error.expiration-hours";
        }
        if (refreshInterval < 1) {
            return "offline.config-error.refresh-interval";
        }
        if (gadgetInterval < GadgetWatch.MIN_SECONDS) {
            return "offline.config-error.gadget-interval";
        }
        if (!webhookSecret.isBlank() && !WebhookSecret.isUsable(webhookSecret)) {
            return "offline.config-error.webhook-secret";
        }
        return null;
    }

    /** No secret here: openHAB may print the configuration object in its own log lines. */
    @Override
    public String toString() {
        return "PrinterConfiguration[expirationHours=" + expirationHours + ", refreshInterval=" + refreshInterval
                + ", baseUrl=" + baseUrl + ", appToken=" + (appToken.isBlank() ? "<blank>" : "<set>")
                + ", webhookSecret=" + (webhookSecret.isEmpty() ? "<none>" : "<set>") + ", liveLinkOnPrintStart="
                + liveLinkOnPrintStart + ", gadgetInterval=" + gadgetInterval + "]";
    }
}
