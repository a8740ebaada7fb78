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

    static final String INBOX = "/settings/things/inbox";
    static final String THING = "/settings/things/";

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
}
