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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.test.RecordedRequest;
import org.openhab.binding.octoeverywhere.internal.test.ScriptedResponse;

/**
 * Gadget Status over real HTTP.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class OctoEverywhereClientGadgetTest extends AbstractClientTest {

    @Test
    void requestIsAPostWithTheTokenInTheHeaderOnly() throws Exception {
        success(client.getGadgetStatus());

        RecordedRequest request = server.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals(GADGET_PATH, request.path());
        assertEquals(TOKEN, request.header("AppToken"));
        assertEquals("{}", request.body());
    }

    @Test
    void readsTheDocumentedFields() throws Exception {
        server.respond(GADGET_PATH, 200,
                "{\"State\":3,\"Status\":\"Looking Good\",\"StatusColor\":\"g\",\"Rating\":8}");
        assertEquals(new GadgetStatus(3, "Looking Good", "g", 8), success(client.getGadgetStatus()));
    }

    @Test
    void readsTheEnvelopeToo() throws Exception {
        server.respond(GADGET_PATH, ScriptedResponse.envelope(200, "{\"State\":2,\"StatusColor\":\"W\"}"));
        assertEquals(new GadgetStatus(2, null, "w", null), success(client.getGadgetStatus()));
    }

    @Test
    void doubtfulFieldsAreDroppedButAMissingStateFails() throws Exception {
        server.respond(GADGET_PATH, 200, "{\"State\":7,\"Status\":\"  \",\"StatusColor\":\"purple\",\"Rating\":11}");
        assertEquals(new GadgetStatus(7, null, null, null), success(client.getGadgetStatus()), "a new state is kept");

        server.respond(GADGET_PATH, 200, "{\"Status\":\"Looking Good\"}");
        assertFailure(failure(client.getGadgetStatus()), ApiError.COMMUNICATION, 200);
        server.respond(GADGET_PATH, 200, "{\"State\":\"active\"}");
        assertFailure(failure(client.getGadgetStatus()), ApiError.COMMUNICATION, 200);
    }

    @Test
    void gadgetSwitchedOffAndTheEndsOfTheRatingAreRead() throws Exception {
        server.respond(GADGET_PATH, 200, "{\"State\":0,\"Rating\":1}");
        assertEquals(new GadgetStatus(0, null, null, 1), success(client.getGadgetStatus()), "1: a failure");
        server.respond(GADGET_PATH, 200, "{\"State\":3,\"Rating\":10}");
        assertEquals(new GadgetStatus(3, null, null, 10), success(client.getGadgetStatus()), "10: perfect");
        server.respond(GADGET_PATH, 200, "{\"State\":3,\"Rating\":0}");
        assertEquals(new GadgetStatus(3, null, null, null), success(client.getGadgetStatus()), "no rating");
    }

    @Test
    void aNegativeStateIsNoState() {
        server.respond(GADGET_PATH, 200,
                "{\"State\":-1,\"Status\":\"Looking Good\",\"StatusColor\":\"g\",\"Rating\":8}");
        assertFailure(failure(client.getGadgetStatus()), ApiError.COMMUNICATION, 200);
    }
}
