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
package org.openhab.binding.octoeverywhere.internal.connection;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.connection.ConnectionStatus.Description;

/**
 * The status descriptions a printer thing shows, as the set-up page reads them back to show them and to tell which
 * things need a reconnect.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ConnectionStatusTest {
    @Test
    void theSetUpPageReadsWhatTheThingShows() {
        Description gone = ConnectionStatus.read(ConnectionStatus.gone(604).description());
        assertEquals(new Description("offline.config-error.token-invalid", List.of("604")), gone);
        assertTrue(gone != null && gone.connectionGone());

        Description error = ConnectionStatus.read(ConnectionStatus.errorCode(600).description());
        assertEquals(new Description("offline.comm-error.error-code", List.of("600")), error);
        assertFalse(error == null || error.connectionGone());

        assertEquals(new Description("offline.comm-error.no-answer", List.of()),
                ConnectionStatus.read(ConnectionStatus.NO_ANSWER.description()));
        assertEquals(new Description("offline.config-error.token-missing", List.of()),
                ConnectionStatus.read(ConnectionStatus.description("offline.config-error.token-missing", 0)));
        assertNull(ConnectionStatus.ONLINE.description());
    }

    @Test
    void otherDescriptionsAreNotRead() {
        assertNull(ConnectionStatus.read(null));
        assertNull(ConnectionStatus.read("Connection refused"));
        assertNull(ConnectionStatus.read("@text/missing-thing-handler"));
        assertNull(ConnectionStatus.read("@text/offline.comm-error.error-code [\"600\"] and more"));
    }
}
