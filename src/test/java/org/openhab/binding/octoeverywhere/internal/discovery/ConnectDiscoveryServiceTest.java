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

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants;
import org.openhab.binding.octoeverywhere.internal.api.AppConnectionInfo;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.ScanListener;
import org.openhab.core.thing.ThingUID;

/**
 * The discovery service: printers only, no scanning, no background discovery, results only from the set-up page.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ConnectDiscoveryServiceTest {
    /** openHAB 5.x tells the Inbox of a result on another thread. */
    private static final long RESULT_WAIT_MILLIS = 5000;
    /** Waited before concluding that no result came. */
    private static final long NO_RESULT_WAIT_MILLIS = 300;

    private final ConnectDiscoveryService discovery = new ConnectDiscoveryService();

    @Test
    void findsPrintersOnlyAndNeverScans() {
        assertEquals(Set.of(OctoEverywhereBindingConstants.THING_TYPE_PRINTER), discovery.getSupportedThingTypes());
        assertFalse(discovery.isBackgroundDiscoveryEnabled());
        assertFalse(discovery.isScanInputSupported());
        DiscoveryListener inbox = mock(DiscoveryListener.class);
        discovery.addDiscoveryListener(inbox);
        discovery.startScan((ScanListener) null);
        verify(inbox, after(NO_RESULT_WAIT_MILLIS).never()).thingDiscovered(any(), any());
    }

    @Test
    void aConnectedPrinterBecomesAnInboxEntry() {
        DiscoveryListener inbox = mock(DiscoveryListener.class);
        discovery.addDiscoveryListener(inbox);
        AppConnectionInfo info = new AppConnectionInfo("MK4", "192.168.1.5", true, null, null, null);
        discovery.connected(new ThingUID("octoeverywhere:printer:c1"), "MK4", info, "Token-0123456789", "c1");
        ArgumentCaptor<DiscoveryResult> result = ArgumentCaptor.forClass(DiscoveryResult.class);
        verify(inbox, timeout(RESULT_WAIT_MILLIS)).thingDiscovered(eq(discovery), result.capture());
        assertEquals(OctoEverywhereBindingConstants.THING_TYPE_PRINTER, result.getValue().getThingTypeUID());
        assertEquals(Map.of("appToken", "Token-0123456789", "appConnectionId", "c1", "printerName", "MK4",
                "printerLocalIp", "192.168.1.5"), result.getValue().getProperties());
    }
}
