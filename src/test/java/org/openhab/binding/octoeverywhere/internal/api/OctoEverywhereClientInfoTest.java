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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.test.RecordedRequest;
import org.openhab.binding.octoeverywhere.internal.test.ScriptedResponse;

/**
 * App Connection Info over real HTTP.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class OctoEverywhereClientInfoTest extends AbstractClientTest {
    private static final String INFO = "{\"PrinterName\":\"Voron 2.4\",\"PrinterLocalIp\":\"10.0.0.7\",\"IsOnline\":false,"
            + "\"LastConnectionTimeUtc\":\"2025-01-02T02:00:00.1234567\",\"LastDisconnectTimeUtc\":\"2025-01-02T02:30:00Z\","
            + "\"UserFacingPrinterUrl\":\"https://octoeverywhere.com/p/1\",\"PrinterLimits\":{\"MaxUploadFileSizeBytes\":5}}";
    private static final AppConnectionInfo EXPECTED = new AppConnectionInfo("Voron 2.4", "10.0.0.7", false,
            Instant.parse("2025-01-02T02:00:00.1234567Z"), Instant.parse("2025-01-02T02:30:00Z"),
            "https://octoeverywhere.com/p/1");

    @Test
    void requestIsGetWithTokenHeader() throws Exception {
        success(client.getAppConnectionInfo());

        RecordedRequest request = server.requests().get(0);
        assertEquals("GET", request.method());
        assertEquals(INFO_PATH, request.path());
        assertEquals(TOKEN, request.header("AppToken"));
        assertEquals("", request.body());
    }

    @Test
    void defaultAnswerIsOnlineAndNeverDisconnected() throws Exception {
        AppConnectionInfo info = success(client.getAppConnectionInfo());

        assertEquals(new AppConnectionInfo(PRINTER_NAME, PRINTER_LOCAL_IP, true,
                Instant.parse("2025-01-02T03:00:00.1234567Z"), null, PRINTER_URL), info);
    }

    @Test
    void bareAnswerIsRead() throws Exception {
        server.respond(INFO_PATH, 200, INFO);

        assertEquals(EXPECTED, success(client.getAppConnectionInfo()));
    }

    @Test
    void envelopedAnswerIsRead() throws Exception {
        server.respond(INFO_PATH, ScriptedResponse.envelope(200, INFO));

        assertEquals(EXPECTED, success(client.getAppConnectionInfo()));
    }

    @Test
    void camelCaseAnswerIsRead() throws Exception {
        server.respond(INFO_PATH, 200,
                "{\"printerName\":\"Voron 2.4\",\"printerLocalIp\":\"10.0.0.7\",\"isOnline\":false,"
                        + "\"lastConnectionTimeUtc\":\"2025-01-02T02:00:00.1234567\",\"lastDisconnectTimeUtc\":\"2025-01-02T04:30:00+02:00\","
                        + "\"userFacingPrinterUrl\":\"https://octoeverywhere.com/p/1\"}");

        assertEquals(EXPECTED, success(client.getAppConnectionInfo()));
    }

    @Test
    void optionalFieldsMayBeMissingOrBroken() throws Exception {
        server.respond(INFO_PATH, 200, "{\"IsOnline\":true,\"LastConnectionTimeUtc\":\"yesterday\","
                + "\"LastDisconnectTimeUtc\":\"0001-01-01T00:00:00Z\",\"UserFacingPrinterUrl\":\"javascript:alert(1)\","
                + "\"PrinterName\":\"" + "n".repeat(5000) + "\"}");

        AppConnectionInfo info = success(client.getAppConnectionInfo());

        assertTrue(info.online());
        assertNull(info.printerLocalIp());
        assertNull(info.lastConnected());
        assertNull(info.lastDisconnected());
        assertNull(info.printerUrl());
        assertEquals("n".repeat(FieldText.MAX_TEXT_LENGTH) + "…", info.printerName());
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"PrinterName\":\"Voron\"}", "{\"IsOnline\":null}", "{\"IsOnline\":[true]}", "[]",
            "not json", "{\"Status\":200,\"Error\":\"\",\"Result\":{\"PrinterName\":\"Voron\"}}" })
    void answerWithoutIsOnlineFails(String body) {
        server.respond(INFO_PATH, 200, body);

        assertFailure(failure(client.getAppConnectionInfo()), ApiError.COMMUNICATION, 200);
    }

    @Test
    void envelopeWithPrinterOfflineStatusCountsAsThatStatus() {
        server.respond(INFO_PATH, 200, "{\"Status\":601,\"Error\":\"Printer not connected\",\"Result\":null}");

        assertFailure(failure(client.getAppConnectionInfo()), ApiError.PRINTER_OFFLINE, 601);
    }

    @Test
    void wrongTokenGivesTokenInvalid() {
        server.requireToken("another-token");

        OctoEverywhereException e = failure(client.getAppConnectionInfo());

        assertFailure(e, ApiError.TOKEN_INVALID, 604);
    }
}
