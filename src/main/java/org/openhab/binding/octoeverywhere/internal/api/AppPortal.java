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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * OctoEverywhere's App Connection Portal, where the printer's owner logs in and allows an app to use the printer; at
 * its end the portal sends the browser to the app's return address with the new App Connection in the query.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class AppPortal {
    /** The app id OctoEverywhere publishes for trying the portal, until it assigns one to this add-on. */
    public static final String DEFAULT_APP_ID = "devtest";

    public static final int MAX_APP_ID_LENGTH = 64;

    static final String PORTAL_URL = "https://octoeverywhere.com/appportal/v1/";

    private AppPortal() {
    }

    /** @return whether the app id is 1 to {@value #MAX_APP_ID_LENGTH} printable ASCII characters without spaces */
    public static boolean isValidAppId(@Nullable String appId) {
        if (appId == null || appId.isEmpty() || appId.length() > MAX_APP_ID_LENGTH) {
            return false;
        }
        return appId.chars().allMatch(c -> c > ' ' && c < 0x7f);
    }

    /**
     * @param returnUrl where the portal sends the browser when it ends, successful or not
     * @param printerId the printer the portal selects at first, or null to let the user choose
     * @return the portal's address for this app
     * @throws IllegalArgumentException when the app id is not valid
     */
    public static String url(String appId, String returnUrl, @Nullable String printerId) {
        if (!isValidAppId(appId)) {
            throw new IllegalArgumentException("The app id is not valid");
        }
        return PORTAL_URL + "?appid=" + URLEncoder.encode(appId, StandardCharsets.UTF_8) + "&returnUrl="
                + URLEncoder.encode(returnUrl, StandardCharsets.UTF_8)
                + (printerId == null ? "" : "&printerId=" + URLEncoder.encode(printerId, StandardCharsets.UTF_8));
    }
}
