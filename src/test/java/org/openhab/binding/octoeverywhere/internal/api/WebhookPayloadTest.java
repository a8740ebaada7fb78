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

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.test.Notification;

/**
 * Reading a notification: the documented fields, and what a hostile or broken sender cannot get through.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class WebhookPayloadTest {
    /** 64 KB of digits: a body anyone on the LAN can post, and costly to read as a number. */
    private static final String HUGE_NUMBER = "1." + "0".repeat(64 * 1024);

    static final String FULL = """
            {"PrinterId":"printer-1","SecretKey":"s3cret","PrintId":"print-7","EventType":6,"PrinterName":"Prusa MK4",
             "SnapshotUrl":"https://octoeverywhere.com/snap/1.jpg","QuickViewUrl":"https://octoeverywhere.com/quickview/x",
             "FileName":"benchy.gcode","DurationSec":600,"Progress":21,"TimeRemainingSec":3000,"ZOffsetMM":0.25,
             "CurrentLayer":12,"TotalLayers":120,"Error":"Thermal runaway","PlatformErrorCode":"E33",
             "SomeFutureField":{"nested":true}}""";

    @Test
    void readsEveryDocumentedField() {
        WebhookPayload payload = WebhookPayload.parse(FULL);
        PrintEvent event = payload.event();
        assertEquals("s3cret", payload.secretKey());
        assertEquals(6, event.eventType());
        assertEquals(PrintEventType.PRINT_PROGRESS, event.type());
        assertEquals("PRINT_PROGRESS", event.name());
        assertEquals("printer-1", event.printerId());
        assertEquals("print-7", event.printId());
        assertEquals("Prusa MK4", event.printerName());
        assertEquals("benchy.gcode", event.fileName());
        assertEquals(21, event.progress());
        assertEquals(600, event.durationSec());
        assertEquals(3000, event.timeRemainingSec());
        assertEquals(12, event.currentLayer());
        assertEquals(120, event.totalLayers());
        assertEquals(new BigDecimal("0.25"), event.zOffsetMm());
        assertEquals("https://octoeverywhere.com/snap/1.jpg", event.snapshotUrl());
        assertEquals("https://octoeverywhere.com/quickview/x", event.quickViewUrl());
        assertEquals("Thermal runaway", event.error());
        assertEquals("E33", event.platformErrorCode());
    }

    @Test
    void neitherTheSecretNorTheQuickViewAddressIsInTheTextForLogs() {
        WebhookPayload payload = WebhookPayload.parse(FULL);
        assertFalse(payload.toString().contains("s3cret"), payload.toString());
        assertFalse(payload.toString().contains("quickview"), payload.toString());
        assertFalse(payload.event().toString().contains("snap"), payload.event().toString());
    }

    @Test
    void onlyTheEventTypeIsRequired() {
        WebhookPayload payload = WebhookPayload.parse("{\"EventType\":16}");
        assertEquals("", payload.secretKey());
        assertEquals(PrintEventType.TEST, payload.event().type());
        assertNull(payload.event().printId());
        assertNull(payload.event().progress());
    }

    @Test
    void anUnknownEventTypeKeepsItsNumber() {
        PrintEvent event = WebhookPayload.parse("{\"EventType\":42}").event();
        assertNull(event.type());
        assertEquals("EVENT_42", event.name());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "not json", "[{\"EventType\":1}]", "\"EventType\"",
            "{\"EventType\":1} {\"EventType\":2}", "{EventType:1}", "{\"EventType\":1,}", "{\"Progress\":5}",
            "{\"EventType\":\"1\"}", "{\"EventType\":1.5}", "{\"EventType\":0}", "{\"EventType\":-3}",
            "{\"EventType\":1e30}", "{\"EventType\":null}", "{\"EventType\":[1]}" })
    void aBodyThatIsNoNotificationIsRefusedWithAReason(String body) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WebhookPayload.parse(body));
        String message = String.valueOf(e.getMessage());
        assertTrue(message.startsWith("the body"), message);
        if (!body.isEmpty()) {
            assertFalse(message.contains(body), "the reason does not echo the body");
        }
    }

    @Test
    void valuesOfTheWrongTypeOrOutOfRangeCountAsMissing() {
        PrintEvent event = WebhookPayload.parse("""
                {"EventType":6,"PrintId":{"id":1},"Progress":101,"DurationSec":-5,"TimeRemainingSec":1.5,
                 "CurrentLayer":"twelve","TotalLayers":true,"ZOffsetMM":"abc","FileName":"   ",
                 "PrinterName":12,"Error":null,"SecretKey":7}""").event();
        assertNull(event.printId());
        assertNull(event.progress());
        assertNull(event.durationSec());
        assertNull(event.timeRemainingSec());
        assertNull(event.currentLayer());
        assertNull(event.totalLayers());
        assertNull(event.zOffsetMm());
        assertNull(event.fileName());
        assertNull(event.printerName());
        assertNull(event.error());
    }

    @Test
    void quotedNumbersAreRead() {
        PrintEvent event = WebhookPayload.parse("{\"EventType\":6,\"Progress\":\"42\",\"ZOffsetMM\":\"-0.1\"}").event();
        assertEquals(42, event.progress());
        assertEquals(new BigDecimal("-0.1"), event.zOffsetMm());
    }

    static Stream<String> fifty() {
        return Stream.of("50", "\"50\"", "50.0", "\"50.000\"", "5E+1", "\" 50 \"", "\"50." + "0".repeat(29) + "\"");
    }

    @ParameterizedTest
    @MethodSource("fifty")
    void aWholeNumberMayBeWrittenInAnyWay(String progress) {
        assertEquals(50, WebhookPayload.parse("{\"EventType\":6,\"Progress\":" + progress + "}").event().progress());
    }

    static Stream<String> unreadableProgress() {
        return Stream.of("\"" + HUGE_NUMBER + "\"", "\"50." + "0".repeat(30) + "\"", "50." + "0".repeat(1000),
                "1E-999999999", "0E-999999999", "\"5E+999999999\"", "\"50.5\"");
    }

    @ParameterizedTest
    @MethodSource("unreadableProgress")
    void anOverlongOrFractionalProgressCountsAsMissingAndTheRestIsRead(String progress) {
        PrintEvent event = WebhookPayload
                .parse("{\"EventType\":6,\"PrintId\":\"p1\",\"Progress\":" + progress + ",\"CurrentLayer\":3}").event();
        assertNull(event.progress());
        assertEquals("p1", event.printId());
        assertEquals(3, event.currentLayer());
    }

    static Stream<String> overlongEventType() {
        return Stream.of("\"" + HUGE_NUMBER + "\"", "1." + "0".repeat(1000));
    }

    @ParameterizedTest
    @MethodSource("overlongEventType")
    void anOverlongEventTypeIsRefused(String eventType) {
        assertThrows(IllegalArgumentException.class,
                () -> WebhookPayload.parse("{\"SecretKey\":\"s3cret\",\"EventType\":" + eventType + "}"));
    }

    static Stream<String> unreadableZOffset() {
        return Stream.of("\"" + HUGE_NUMBER + "\"", "1E-999999999", "1E+999999999", "-1E+999999999", "\"0E-999999999\"",
                "1000.5", "-1001", "\"0.1" + "0".repeat(40) + "\"");
    }

    @ParameterizedTest
    @MethodSource("unreadableZOffset")
    void anImplausibleOrOverlongZOffsetCountsAsMissing(String zOffset) {
        PrintEvent event = WebhookPayload.parse("{\"EventType\":6,\"PrintId\":\"p1\",\"ZOffsetMM\":" + zOffset + "}")
                .event();
        assertNull(event.zOffsetMm());
        assertEquals("p1", event.printId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "0.25 | 0.25", "-1000 | -1000", "1000.000 | 1000.000", "0.00125 | 0.00125",
            "0.1234565 | 0.123457", "0.100000 | 0.100000", "-0.1234565 | -0.123457", "0.30000000000000004 | 0.3",
            "\"1e-7\" | 0", "1E+2 | 1E+2" })
    void aZOffsetKeepsNanometresAndNoFiner(String sent, String shown) {
        BigDecimal zOffset = WebhookPayload.parse("{\"EventType\":6,\"ZOffsetMM\":" + sent + "}").event().zOffsetMm();
        assertEquals(new BigDecimal(shown), zOffset);
    }

    @Test
    void numbersAtTheBoundsAreRead() {
        PrintEvent event = Notification.of(6).with("ZOffsetMM", "1E-32").with("DurationSec", 1_000_000_000).event();
        assertEquals(BigDecimal.ZERO, event.zOffsetMm(), "32 decimals, rounded to 6");
        assertEquals(1_000_000_000, event.durationSec(), "a billion");
        event = Notification.of(6).with("ZOffsetMM", "1E-33").with("DurationSec", 1_000_000_001).event();
        assertNull(event.zOffsetMm());
        assertNull(event.durationSec());
    }

    @Test
    void addressesThatAreNotWebAddressesAreDropped() {
        PrintEvent event = WebhookPayload.parse("""
                {"EventType":1,"SnapshotUrl":"javascript:alert(1)",
                 "QuickViewUrl":"https://octoeverywhere.com@evil.example/"}""").event();
        assertNull(event.snapshotUrl());
        assertNull(event.quickViewUrl());
    }

    @Test
    void anOverlongIdIsDroppedAndAnOverlongNameCutAsTheApisNamesAre() {
        String name = "Voron " + "n".repeat(300);
        PrintEvent event = WebhookPayload.parse("{\"EventType\":1,\"PrintId\":\"" + "x".repeat(129)
                + "\",\"PrinterName\":\"" + name + "\",\"FileName\":\"a\\nb.gcode\"}").event();
        assertNull(event.printId(), "a shortened id would name another print");
        String longest = "x".repeat(FieldText.MAX_ID_LENGTH);
        assertEquals(longest, Notification.of(1).printId(longest).event().printId());
        assertEquals("Voron " + "n".repeat(250) + "…", event.printerName());
        assertEquals("a b.gcode", event.fileName(), "on one line");
    }
}
