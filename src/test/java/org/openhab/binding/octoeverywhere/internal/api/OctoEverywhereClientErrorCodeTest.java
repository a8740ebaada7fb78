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

import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.test.ScriptedResponse;

/**
 * Every documented status code, plus unknown ones, from every API: as HTTP status and inside the envelope.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class OctoEverywhereClientErrorCodeTest extends AbstractClientTest {

    static Stream<Arguments> codes() {
        return Stream.of(Arguments.of(400, ApiError.SERVER_ERROR), Arguments.of(500, ApiError.SERVER_ERROR),
                Arguments.of(502, ApiError.SERVER_ERROR), Arguments.of(503, ApiError.SERVER_ERROR),
                Arguments.of(600, ApiError.SERVER_ERROR), Arguments.of(601, ApiError.PRINTER_OFFLINE),
                Arguments.of(602, ApiError.PRINTER_OFFLINE), Arguments.of(603, ApiError.TOKEN_INVALID),
                Arguments.of(604, ApiError.TOKEN_INVALID), Arguments.of(605, ApiError.NOT_SUPPORTER),
                Arguments.of(606, ApiError.TOKEN_INVALID), Arguments.of(607, ApiError.SERVER_ERROR),
                Arguments.of(608, ApiError.SERVER_ERROR), Arguments.of(609, ApiError.SERVER_ERROR),
                Arguments.of(610, ApiError.SERVER_ERROR), Arguments.of(611, ApiError.SERVER_ERROR),
                Arguments.of(612, ApiError.SERVER_ERROR), Arguments.of(613, ApiError.NO_ACTIVE_PRINT),
                Arguments.of(699, ApiError.SERVER_ERROR), Arguments.of(404, ApiError.SERVER_ERROR),
                Arguments.of(418, ApiError.SERVER_ERROR), Arguments.of(429, ApiError.SERVER_ERROR));
    }

    private static final String[] PATHS = { LIVE_LINK_PATH, INFO_PATH, GADGET_PATH };

    private CompletableFuture<?> call(String path) {
        return switch (path) {
            case LIVE_LINK_PATH -> client.createLiveLink(LiveLinkRequest.untilPrintCompletes(24));
            case INFO_PATH -> client.getAppConnectionInfo();
            default -> client.getGadgetStatus();
        };
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("codes")
    void httpStatusMapsToError(int code, ApiError expected) {
        for (String path : PATHS) {
            server.respond(path, code, "{\"Status\":" + code + ",\"Error\":\"scripted\",\"Result\":null}");

            OctoEverywhereException e = failure(call(path));

            assertFailure(e, expected, code);
            assertTrue(String.valueOf(e.getMessage()).contains(String.valueOf(code)), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0} with a plain text body -> {1}")
    @MethodSource("codes")
    void statusCountsWhateverTheBody(int code, ApiError expected) {
        server.respond(LIVE_LINK_PATH, ScriptedResponse.text(code, "text/html", "<html>Error</html>"));

        assertFailure(failure(call(LIVE_LINK_PATH)), expected, code);
    }

    @ParameterizedTest(name = "envelope {0} in HTTP 200 -> {1}")
    @MethodSource("codes")
    void envelopeStatusMapsToError(int code, ApiError expected) {
        for (String path : PATHS) {
            server.respond(path, 200,
                    "{\"Status\":" + code + ",\"Error\":\"scripted\",\"IsUserError\":false,\"Result\":null}");

            assertFailure(failure(call(path)), expected, code);
        }
    }

    @ParameterizedTest(name = "{0} in HTTP 200")
    @ValueSource(strings = { "{\"Status\":604,\"IsUserError\":true}", "{\"status\":604,\"isUserError\":true}" })
    void anEnvelopeWithNoErrorTextOrResultStillCountsAsItsStatus(String body) {
        for (String path : PATHS) {
            server.respond(path, 200, body);

            assertFailure(failure(call(path)), ApiError.TOKEN_INVALID, 604);
        }
    }

    @Test
    void theFailureSaysWhatOctoEverywhereAnsweredAndItsErrorTextIfItHasOne() {
        server.respond(LIVE_LINK_PATH, 500, "{\"Status\":500,\"Error\":\"Printer on fire\"}");
        assertEquals("POST " + LIVE_LINK_PATH + " answered 500 (server error): Printer on fire",
                message(LIVE_LINK_PATH));
        server.respond(LIVE_LINK_PATH, ScriptedResponse.text(502, "text/html", "<html>Bad gateway</html>"));
        assertEquals("POST " + LIVE_LINK_PATH + " answered 502 (server error)", message(LIVE_LINK_PATH));
        server.respond(INFO_PATH, 200, "{\"Status\":601,\"Error\":\"\",\"Result\":null}");
        assertEquals("GET " + INFO_PATH + " answered 601 (printer not connected to OctoEverywhere) inside a 200 answer",
                message(INFO_PATH));
        server.respond(INFO_PATH, 200, "{\"Status\":613,\"Error\":{\"Code\":1},\"Result\":null}");
        assertEquals("GET " + INFO_PATH + " answered 613 (no active print) inside a 200 answer", message(INFO_PATH));
    }

    private String message(String path) {
        return String.valueOf(failure(call(path)).getMessage());
    }
}
