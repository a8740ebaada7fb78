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
package org.openhab.binding.octoeverywhere.internal.api;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What the App Connection Portal appends to the return address when it ends: whether it succeeded and, if so, the new
 * App Connection. Every value comes from the browser's address bar, so anyone could have written it: each is checked,
 * and one that does not pass counts as missing. {@link #toString()} never shows the token.
 *
 * @param appToken the App API token, a secret
 * @param reason the portal's explanation of a failure, if it gave one
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record PortalCompletion(boolean success, @Nullable String appToken, @Nullable String connectionId,
        @Nullable String printerName, @Nullable String printerLocalIp, @Nullable String printerUrl,
        @Nullable String reason) {
    static final String SUCCESS = "success";

    static final String TOKEN = "appApiToken";
    static final String ID = "id";
    static final String PRINTER_NAME = "printername";
    static final String LOCAL_IP = "printerLastKnownLocalIp";
    static final String PRINTER_URL = "userPrinterAccessUrl";
    /** The portal documents no key for a failure's reason: these are the usual ones. */
    static final List<String> REASON_KEYS = List.of("error", "errorMessage", "message", "reason");

    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9A-Fa-f.:%]{2,45}");

    /** @param parameters the query of the return address, by key */
    public static PortalCompletion of(Map<String, String> parameters) {
        String token;
        try {
            token = AppTokens.requireValid(parameters.get(TOKEN));
        } catch (IllegalArgumentException e) {
            token = null;
        }
        String reason = null;
        for (String key : REASON_KEYS) {
            reason = reason != null ? reason : FieldText.text(parameters.get(key), FieldText.MAX_TEXT_LENGTH);
        }
        String ip = FieldText.text(parameters.get(LOCAL_IP), FieldText.MAX_TEXT_LENGTH);
        return new PortalCompletion("true".equalsIgnoreCase(String.valueOf(parameters.get(SUCCESS)).strip()), token,
                FieldText.id(parameters.get(ID)),
                FieldText.text(parameters.get(PRINTER_NAME), FieldText.MAX_TEXT_LENGTH),
                ip != null && IP_ADDRESS.matcher(ip).matches() ? ip : null,
                WebUrls.sanitize(parameters.get(PRINTER_URL)), reason);
    }

    /** Without the token. */
    @Override
    public String toString() {
        return "PortalCompletion[success=" + success + ", appToken=" + (appToken == null ? "<none>" : "<set>")
                + ", connectionId=" + connectionId + ", printerName=" + printerName + "]";
    }
}
