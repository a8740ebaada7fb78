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
import org.openhab.core.thing.ThingTypeUID;

/**
 * Ids of the binding, its thing type, channels, events and properties. Users' items and rules name these.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class OctoEverywhereBindingConstants {
    public static final String BINDING_ID = "octoeverywhere";

    public static final ThingTypeUID THING_TYPE_PRINTER = new ThingTypeUID(BINDING_ID, "printer");

    /** Channel groups, as in {@code link#url}. */
    public static final String GROUP_LINK = "link";

    public static final String GROUP_PRINTER = "printer";
    public static final String GROUP_PRINT = "print";
    public static final String GROUP_GADGET = "gadget";

    public static final String CHANNEL_CREATE_LIVE_LINK = GROUP_LINK + "#create";
    public static final String CHANNEL_CREATE_PRINT_LIVE_LINK = GROUP_LINK + "#create-for-print";
    public static final String CHANNEL_URL = GROUP_LINK + "#url";
    public static final String CHANNEL_SHORT_URL = GROUP_LINK + "#short-url";
    public static final String CHANNEL_LIVE_ID = GROUP_LINK + "#live-id";
    public static final String CHANNEL_EXPIRES = GROUP_LINK + "#expires";
    public static final String CHANNEL_LIVE_LINK_EVENT = GROUP_LINK + "#event";

    public static final String CHANNEL_PRINTER_ONLINE = GROUP_PRINTER + "#online";
    public static final String CHANNEL_LAST_CONNECTED = GROUP_PRINTER + "#last-connected";
    public static final String CHANNEL_LAST_DISCONNECTED = GROUP_PRINTER + "#last-disconnected";

    public static final String CHANNEL_PRINT_EVENT = GROUP_PRINT + "#event";
    public static final String CHANNEL_PRINT_STATE = GROUP_PRINT + "#state";
    public static final String CHANNEL_PRINT_PROGRESS = GROUP_PRINT + "#progress";
    public static final String CHANNEL_PRINT_FILE = GROUP_PRINT + "#file";
    public static final String CHANNEL_PRINT_DURATION = GROUP_PRINT + "#duration";
    public static final String CHANNEL_PRINT_TIME_REMAINING = GROUP_PRINT + "#time-remaining";
    public static final String CHANNEL_PRINT_ETA = GROUP_PRINT + "#eta";
    public static final String CHANNEL_CURRENT_LAYER = GROUP_PRINT + "#current-layer";
    public static final String CHANNEL_TOTAL_LAYERS = GROUP_PRINT + "#total-layers";
    public static final String CHANNEL_Z_OFFSET = GROUP_PRINT + "#z-offset";
    public static final String CHANNEL_SNAPSHOT_URL = GROUP_PRINT + "#snapshot-url";
    public static final String CHANNEL_SNAPSHOT = GROUP_PRINT + "#snapshot";
    public static final String CHANNEL_QUICK_VIEW_URL = GROUP_PRINT + "#quick-view-url";
    public static final String CHANNEL_LAST_ERROR = GROUP_PRINT + "#last-error";
    public static final String CHANNEL_LAST_EVENT = GROUP_PRINT + "#last-event";

    public static final String CHANNEL_GADGET_STATE = GROUP_GADGET + "#state";
    public static final String CHANNEL_GADGET_STATUS = GROUP_GADGET + "#status";
    public static final String CHANNEL_GADGET_COLOR = GROUP_GADGET + "#color";
    public static final String CHANNEL_GADGET_RATING = GROUP_GADGET + "#rating";

    public static final String EVENT_CREATED = "CREATED";
    public static final String EVENT_NO_ACTIVE_PRINT = "NO_ACTIVE_PRINT";
    public static final String EVENT_FAILED = "FAILED";
    public static final String EVENT_EXPIRED = "EXPIRED";

    public static final String PROPERTY_PRINTER_NAME = "printerName";
    public static final String PROPERTY_PRINTER_LOCAL_IP = "printerLocalIp";
    public static final String PROPERTY_PRINTER_URL = "printerUrl";
    public static final String PROPERTY_PRINTER_ID = "printerId";
    public static final String PROPERTY_WEBHOOK_URL = "webhookUrl";

    /** Where the binding receives OctoEverywhere's notifications, in openHAB's HTTP server. */
    public static final String WEBHOOK_PATH = "/octoeverywhere/webhook";

    /** The set-up page in openHAB's HTTP server, where a printer is connected through the App Connection Portal. */
    public static final String CONNECT_PATH = "/octoeverywhere";
    /** The id of a printer thing's App Connection: the representation property of its Inbox entry. */
    public static final String PROPERTY_APP_CONNECTION_ID = "appConnectionId";
    /** The configuration parameter of the token, which an approved Inbox entry fills. */
    public static final String CONFIG_APP_TOKEN = "appToken";

    public static final String CONFIG_WEBHOOK_SECRET = "webhookSecret";
    public static final String CONFIG_BASE_URL = "baseUrl";

    private OctoEverywhereBindingConstants() {
    }
}
