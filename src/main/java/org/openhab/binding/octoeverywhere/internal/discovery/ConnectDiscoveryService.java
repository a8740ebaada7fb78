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
package org.openhab.binding.octoeverywhere.internal.discovery;

import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.octoeverywhere.internal.api.AppConnectionInfo;
import org.openhab.core.config.discovery.AbstractDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.annotations.Component;

/**
 * Puts the printers connected through the App Connection Portal into openHAB's Inbox. It never scans: a printer can
 * only be connected by its owner, in the portal, so results come from the set-up page alone.
 *
 * <p>
 * A result's {@code appToken} property is the thing's configuration parameter: approving the result puts the token into
 * the new thing's configuration, and a result for a thing made in Main UI gives that thing the new token at once
 * (openHAB's Inbox updates the configuration keys an existing managed thing has).
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@Component(service = { DiscoveryService.class, ConnectDiscoveryService.class })
@NonNullByDefault
public class ConnectDiscoveryService extends AbstractDiscoveryService {
    /** Seconds a scan may take: none is ever started by this service. */
    private static final int SCAN_TIMEOUT = 0;

    public ConnectDiscoveryService() {
        super(Set.of(THING_TYPE_PRINTER), SCAN_TIMEOUT, false);
    }

    @Override
    protected void startScan() {
        // Nothing to scan: OctoEverywhere hands out a printer's token only to its owner, in the portal.
    }

    /**
     * @param info OctoEverywhere's answer about the token: the printer it is for
     * @param label the Inbox entry's label
     */
    public void connected(ThingUID thingUID, String label, AppConnectionInfo info, String token, String connectionId) {
        DiscoveryResultBuilder result = DiscoveryResultBuilder.create(thingUID).withThingType(THING_TYPE_PRINTER)
                .withLabel(label).withProperty(CONFIG_APP_TOKEN, token)
                .withProperty(PROPERTY_APP_CONNECTION_ID, connectionId)
                .withRepresentationProperty(PROPERTY_APP_CONNECTION_ID);
        String printerName = info.printerName();
        if (printerName != null) {
            result.withProperty(PROPERTY_PRINTER_NAME, printerName);
        }
        String localIp = info.printerLocalIp();
        if (localIp != null) {
            result.withProperty(PROPERTY_PRINTER_LOCAL_IP, localIp);
        }
        String printerUrl = info.printerUrl();
        if (printerUrl != null) {
            result.withProperty(PROPERTY_PRINTER_URL, printerUrl);
        }
        thingDiscovered(result.build());
    }
}
