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
package org.openhab.binding.octoeverywhere.internal.gadget;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.api.ApiError;
import org.openhab.binding.octoeverywhere.internal.connection.CallRefusedException;

/**
 * What a failed question to Gadget does: a dead token ends every question, an answer Gadget cannot give makes its
 * channels UNDEF, any other failure backs off and keeps them.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class GadgetWatchFailureTest extends AbstractGadgetWatchTest {
    @ParameterizedTest
    @ValueSource(ints = { 603, 604, 606 })
    void aDeadTokenEndsTheAppConnectionAndEveryQuestion(int code) {
        fail(ApiError.TOKEN_INVALID, code);
        GadgetWatch gadget = watch(true);
        startPrint(gadget, true);
        scheduler.runDue();
        CallRefusedException refusal = connection.refusal();
        assertNotNull(refusal, "the connection watch heard of it");
        assertEquals(code, refusal.statusCode());
        assertNull(shown.get(0));
        scheduler.advance(Duration.ofHours(1));
        gadget.setPrinting(false);
        gadget.setPrinting(true);
        gadget.setLinked(false);
        gadget.setLinked(true);
        scheduler.advance(Duration.ofHours(1));
        assertEquals(1, asked());
    }

    @ParameterizedTest
    @ValueSource(ints = { 601, 602, 610, 611 })
    void whenGadgetCannotTellItsChannelsAreUndefUntilTheNextAnswer(int code) {
        fail(code < 610 ? ApiError.PRINTER_OFFLINE : ApiError.SERVER_ERROR, code);
        GadgetWatch gadget = watch(true);
        startPrint(gadget, true);
        scheduler.runDue();
        assertEquals(1, shown.size());
        assertNull(shown.get(0));
        assertNull(connection.refusal());
        assertEquals(List.of(INTERVAL), scheduler.pendingDelays(), "asked again at the usual pace");

        answer(ACTIVE);
        scheduler.advance(INTERVAL);
        assertEquals(ACTIVE, shown.get(1));
    }

    @Test
    void otherFailuresBackOffLikeTheStatusCheckAndKeepTheChannels() {
        GadgetWatch gadget = watch(true);
        startPrint(gadget, true);
        scheduler.runDue();
        fail(ApiError.SERVER_ERROR, 500);
        scheduler.advance(INTERVAL);
        assertEquals(List.of(Duration.ofSeconds(30)), scheduler.pendingDelays());
        scheduler.advance(Duration.ofSeconds(30));
        assertEquals(List.of(Duration.ofSeconds(60)), scheduler.pendingDelays());
        scheduler.advance(Duration.ofSeconds(60));
        assertEquals(List.of(Duration.ofSeconds(120)), scheduler.pendingDelays());
        assertEquals(List.of(ACTIVE), shown, "the last answer stays");
        assertNull(connection.refusal());
    }
}
