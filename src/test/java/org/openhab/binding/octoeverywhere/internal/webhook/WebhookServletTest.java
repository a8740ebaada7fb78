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
package org.openhab.binding.octoeverywhere.internal.webhook;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.servlet.Servlet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.http.HttpMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterRegistry;
import org.openhab.binding.octoeverywhere.internal.test.AbstractWebhookTest;
import org.openhab.binding.octoeverywhere.internal.test.LogCapture;
import org.openhab.binding.octoeverywhere.internal.test.Notification;
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;
import org.openhab.binding.octoeverywhere.internal.test.ServletServer;

/**
 * The webhook servlet over real HTTP, as anyone on the LAN can reach it: what it accepts, what it refuses and how
 * much it holds while it waits.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class WebhookServletTest extends AbstractWebhookTest {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);

    private @NonNullByDefault({}) WebhookServlet webhook;

    @Override
    protected Servlet createWebhook(PrinterRegistry printers) {
        webhook = new WebhookServlet(printers, fixture.clock, READ_TIMEOUT);
        return webhook;
    }

    @ParameterizedTest
    @ValueSource(strings = { "wrong-secret", "", "MK4-SECRET-0123456789" })
    void aWrongOrMissingSecretIsRefusedAndChangesNothing(String secret) throws Exception {
        startPrinter();
        fixture.states.clear();
        assertEquals(403, post(Notification.of(3).secret(secret).printId("p1")));
        assertEquals(403, post("{\"EventType\":3}"));
        assertEquals(Map.of(), fixture.states);
        assertEquals(List.of(), fixture.events);
    }

    @ParameterizedTest
    @ValueSource(strings = { "not json", "[{\"EventType\":1}]", "{\"SecretKey\":\"" + SECRET + "\"}",
            "{\"EventType\":\"1\"}" })
    void aBodyThatIsNoNotificationIsABadRequest(String body) throws Exception {
        startPrinter();
        ContentResponse response = send(HttpMethod.POST, body);
        assertEquals(400, response.getStatus());
        assertTrue(response.getContentAsString().startsWith("Not a notification: the body "),
                "says why: " + response.getContentAsString());
        assertEquals("text/plain;charset=utf-8",
                String.valueOf(response.getHeaders().get("Content-Type")).toLowerCase(Locale.ROOT));
        assertEquals("no-store", response.getHeaders().get("Cache-Control"));
        assertFalse(response.getContentAsString().contains(SECRET), "nothing of the body is echoed");
        assertEquals(List.of(), fixture.events);
    }

    @ParameterizedTest
    @ValueSource(strings = { "GET", "PUT", "DELETE" })
    void otherMethodsAreNotAllowed(String method) throws Exception {
        startPrinter();
        ContentResponse response = send(HttpMethod.fromString(method), event(1).json());
        assertEquals(405, response.getStatus());
        assertEquals("POST", response.getHeaders().get("Allow"));
        assertEquals(List.of(), fixture.events);
    }

    @Test
    void aNotificationOfTheLargestSizeIsTakenAndOneByteMoreIsNot() throws Exception {
        startPrinter();
        int room = WebhookServlet.MAX_BODY_BYTES - event(1).printId("p1").with("FileName", "").json().length();
        assertEquals(200, post(event(1).printId("p1").with("FileName", "x".repeat(room))));
        assertEquals(413, post(event(1).printId("p2").with("FileName", "x".repeat(room + 1))));
        assertEquals(List.of(CHANNEL_PRINT_EVENT + ":PRINT_STARTED"), fixture.events);
    }

    @Test
    void theDebugLogSaysWhatBecameOfEachNotification() throws Exception {
        try (LogCapture log = LogCapture.start(); PrinterFixture voron = new PrinterFixture("voron")) {
            startPrinter();
            post(event(1).printId("p1").printerId("id-mk4"));
            post(event(1).printId("x1").printerId("id-other").printerName("Other"));
            startPrinter(voron, SECRET, Map.of());
            post(event(1).printId("t1").printerId("id-third").printerName("Third"));
            post(Notification.of(1).secret("wrong-secret-0123456789"));

            List<String> lines = log.lines().stream().filter(line -> line.contains("Webhook from"))
                    .map(line -> line.substring(line.indexOf(": ", line.indexOf("Webhook from")) + 2)).toList();
            assertEquals(List.of(
                    "200, PrintEvent[PRINT_STARTED, printId=p1, progress=null] PRINT_STARTED for " + fixture.thingUID,
                    "200, PRINT_STARTED ignored: its printer is not this thing's",
                    "200, PRINT_STARTED ignored: no single thing has its printer",
                    "403, No thing has this secret key."), lines);
        }
    }

    @Test
    void aDeclaredMegabyteIsRefusedBeforeItIsSent() throws Exception {
        startPrinter();
        // The first kilobyte of a declared megabyte whose rest never comes (Jetty hands a request on once some of
        // its body has arrived).
        byte[] start = new byte[1024];
        Arrays.fill(start, (byte) ' ');
        assertEquals(413, statusOfRawRequest("Content-Length: 1048576\r\n\r\n", start));
    }

    @Test
    void aStreamedMegabyteIsRefusedWithoutReadingItAll() throws Exception {
        startPrinter();
        byte[] chunk = new byte[WebhookServlet.MAX_BODY_BYTES + 1024];
        Arrays.fill(chunk, (byte) ' ');
        // The first 65 KB of a chunked body whose rest never comes: only an answer that does not wait for the whole
        // megabyte arrives.
        String head = "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(chunk.length) + "\r\n";
        assertEquals(413, statusOfRawRequest(head, chunk));
    }

    @Test
    void whereTheServerCannotReadAsynchronouslyABodyStillOnItsWayIsRefusedAtOnce() throws Exception {
        startPrinter();
        try (ServletServer blocking = new ServletServer(
                Map.of(WEBHOOK_PATH, new WebhookServlet(registry, fixture.clock, READ_TIMEOUT)), false)) {
            // Half of a notification whose rest never comes: waiting for it would hold one of the server's threads.
            byte[] whole = event(1).printId("p1").json().getBytes(StandardCharsets.UTF_8);
            String head = "Content-Length: " + whole.length + "\r\n\r\n";
            assertEquals(503, statusOfRawRequest(blocking, head, Arrays.copyOf(whole, whole.length / 2)));
            assertEquals(List.of(), fixture.events);

            assertEquals(200, send(blocking, HttpMethod.POST, event(1).printId("p1").json()).getStatus());
            assertEquals(List.of(CHANNEL_PRINT_EVENT + ":PRINT_STARTED"), fixture.events);
        }
    }

    @Test
    void hundredsOfStalledBodiesHoldABoundedBufferAndARealNotificationStillGets200() throws Exception {
        startPrinter();
        byte[] start = new byte[8000];
        Arrays.fill(start, (byte) ' ');
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket socket = new Socket("127.0.0.1", servlets.port());
                stalled.add(socket);
                socket.getOutputStream()
                        .write(("POST " + WEBHOOK_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                                + "application/json\r\nContent-Length: 16000\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().write(start);
                socket.getOutputStream().flush();
            }
            PrinterFixture.await(() -> webhook.buffers().open() == 4, () -> "one sender's share of the buffers");
            assertEquals(4L * (WebhookServlet.MAX_BODY_BYTES + 1), webhook.buffers().capacity());

            assertEquals(200, post(event(1).printId("p1")), "a notification that arrives whole");
            assertEquals(List.of(CHANNEL_PRINT_EVENT + ":PRINT_STARTED"), fixture.events);

            Map<String, Integer> answers = new TreeMap<>();
            for (Socket socket : stalled) {
                socket.setSoTimeout(10_000);
                String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII)
                        .substring(9);
                answers.merge(status, 1, Integer::sum);
                assertTrue(webhook.buffers().open() <= 4, "never more than one sender's share");
            }
            // Those that got a buffer are answered when their time is up, the others at once; a buffer given back
            // goes to a body whose request arrived later.
            assertEquals(Set.of("408", "503"), answers.keySet(), answers.toString());
            assertTrue(answers.getOrDefault("503", 0) >= 250, "most are refused at once: " + answers);
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        PrinterFixture.await(() -> webhook.buffers().open() == 0, () -> "the buffers are given back");
    }

    @Test
    void aBodyThatArrivesInPiecesIsReadAsItComes() throws Exception {
        startPrinter();
        String answer = sendInPieces(event(1).printId("p1").with("FileName", "x".repeat(4000)));
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertEquals(List.of(CHANNEL_PRINT_EVENT + ":PRINT_STARTED"), fixture.events);
        PrinterFixture.await(() -> webhook.buffers().open() == 0, () -> "the buffer is given back");
    }

    @Test
    void aForgedBodyThatArrivesInPiecesIsRefused() throws Exception {
        startPrinter();
        String answer = sendInPieces(
                Notification.of(1).secret("wrong-secret-0123456789").printId("p1").with("FileName", "x".repeat(4000)));
        assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        assertTrue(answer.endsWith("No thing has this secret key."), answer);
        assertEquals(List.of(), fixture.events);
    }

    /** Sends the notification in pieces of 1000 bytes, 50 ms apart; returns the whole answer. */
    private String sendInPieces(Notification notification) throws Exception {
        byte[] whole = notification.json().getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", servlets.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + WEBHOOK_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + whole.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int at = 0; at < whole.length; at += 1000) {
                out.write(whole, at, Math.min(1000, whole.length - at));
                out.flush();
                Thread.sleep(50);
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void aBodyThatTakesLongerThanTheReadLimitGets408() throws Exception {
        startPrinter();
        byte[] whole = event(1).printId("p1").json().getBytes(StandardCharsets.UTF_8);
        long before = System.nanoTime();
        assertEquals(408, statusOfRawRequest("Content-Length: " + whole.length + "\r\n\r\n", Arrays.copyOf(whole, 10)));
        assertTrue(System.nanoTime() - before >= READ_TIMEOUT.toNanos());
        assertEquals(List.of(), fixture.events);
        PrinterFixture.await(() -> webhook.buffers().open() == 0, () -> "the buffer is given back");
    }

    @Test
    void aBodyThatBreaksOffChangesNothingAndGivesItsBufferBack() throws Exception {
        startPrinter();
        byte[] whole = event(1).printId("p1").json().getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", servlets.port())) {
            socket.getOutputStream().write(("POST " + WEBHOOK_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                    + whole.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(whole, 0, whole.length / 2);
            socket.getOutputStream().flush();
            PrinterFixture.await(() -> webhook.buffers().open() == 1, () -> "the body is on its way");
        }
        PrinterFixture.await(() -> webhook.buffers().open() == 0, () -> "the buffer is given back");
        assertEquals(List.of(), fixture.events);
    }

    @Test
    void wrongSecretsFromOneSenderAreThrottledButARightSecretNeverIs() throws Exception {
        startPrinter();
        for (int i = 0; i < 20; i++) {
            assertEquals(403, post(Notification.of(3).secret("guess-" + i + "-0123456789")), "guess " + i);
        }
        assertEquals(429, post(Notification.of(3).secret("guess-20-0123456789")));
        assertEquals(200, post(event(1).printId("p1")), "the right secret, from the same sender");
        assertEquals(429, post(Notification.of(3).secret("guess-21-0123456789")));
        assertEquals(List.of(CHANNEL_PRINT_EVENT + ":PRINT_STARTED"), fixture.events);

        fixture.clock.advance(Duration.ofMinutes(1));
        assertEquals(403, post(Notification.of(3).secret("guess-22-0123456789")), "a minute later");
    }
}
