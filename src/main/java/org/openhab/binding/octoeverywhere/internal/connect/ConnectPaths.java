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
package org.openhab.binding.octoeverywhere.internal.connect;

import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.BINDING_ID;
import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.CONNECT_PATH;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingUID;

/**
 * The addresses of the set-up pages, and of the Main UI pages they link to.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ConnectPaths {
    static final String SETUP = CONNECT_PATH;
    /** The same page, for a browser that adds a slash. */
    static final String SETUP_SLASH = CONNECT_PATH + "/";
    /** Starts a round trip to the App Connection Portal. */
    static final String CONNECT = CONNECT_PATH + "/connect";
    /** Where the portal returns to. */
    static final String CONNECTED = CONNECT_PATH + "/connected";

    static final String RESULT = CONNECT_PATH + "/result";

    // Main UI's pages, the same in openHAB 4.3 and 5.x (openhab-webui's routes.js).
    static final String INBOX = "/settings/things/inbox";
    static final String THING = "/settings/things/";
    /** Followed by the add-on's id, as Main UI's Settings page links it. */
    static final String ADDON_SETTINGS = "/settings/addons/";

    static final String THING_PARAMETER = "thing";
    static final String STATE_PARAMETER = "state";
    static final String RESULT_PARAMETER = "r";

    private ConnectPaths() {
    }

    static String reconnect(ThingUID thingUID) {
        return CONNECT + "?" + THING_PARAMETER + "="
                + URLEncoder.encode(thingUID.getAsString(), StandardCharsets.UTF_8);
    }

    /** Where "Try again" starts the same kind of round trip: for the same thing, or for a new printer. */
    static String retry(@Nullable ThingUID reconnect) {
        return reconnect == null ? CONNECT : reconnect(reconnect);
    }

    static String result(String id) {
        return RESULT + "?" + RESULT_PARAMETER + "=" + id;
    }

    /** A thing's page in Main UI; a thing UID needs no encoding in a path. */
    static String thing(ThingUID thingUID) {
        return THING + thingUID.getAsString();
    }

    /**
     * The page of the add-on's settings in Main UI. openHAB names an add-on whose jar it loaded from its
     * {@code addons} folder (a bundle location starting with {@code file:}) {@code jar:binding-<id>}, and one it
     * installed itself {@code binding-<id>}.
     *
     * @param bundleLocation where the add-on's bundle was installed from, or null when it runs outside openHAB
     */
    static String addonSettings(@Nullable String bundleLocation) {
        boolean fromAddonsFolder = bundleLocation != null && bundleLocation.startsWith("file:");
        return ADDON_SETTINGS + (fromAddonsFolder ? "jar:" : "") + "binding-" + BINDING_ID;
    }
}
