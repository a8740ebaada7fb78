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
package org.openhab.binding.octoeverywhere.internal.test;

import static org.openhab.binding.octoeverywhere.internal.test.OctoEverywhereServer.*;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/**
 * Which answer {@link OctoEverywhereServer} gives a request: a token it requires first, then the answers queued for
 * the path, then the one standing for it, else OctoEverywhere's own, so that a test scripts only what it is about.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class AnswerScripts {
    private final AtomicInteger linkCounter = new AtomicInteger();
    private final Map<String, ScriptedResponse> scripts = new ConcurrentHashMap<>();
    private final Map<String, Queue<ScriptedResponse>> onceScripts = new ConcurrentHashMap<>();
    private volatile @Nullable String requiredToken;
    /** The printers of the App Connections this server knows, by token; empty: every token is the default printer's. */
    private final Map<String, String> printersByToken = new ConcurrentHashMap<>();

    void respond(String path, ScriptedResponse response) {
        scripts.put(path, response);
    }

    void respondOnce(String path, ScriptedResponse... responses) {
        Queue<ScriptedResponse> queue = Objects
                .requireNonNull(onceScripts.computeIfAbsent(path, p -> new ArrayDeque<>()));
        synchronized (queue) {
            Collections.addAll(queue, responses);
        }
    }

    void requireToken(@Nullable String token) {
        requiredToken = token;
    }

    void knowToken(String token, String printerName) {
        printersByToken.put(token, printerName);
    }

    void reset() {
        printersByToken.clear();
        scripts.clear();
        onceScripts.clear();
        requiredToken = null;
    }

    ScriptedResponse answer(RecordedRequest request) {
        String token = requiredToken;
        if (token != null && !token.equals(request.header("AppToken"))) {
            return ScriptedResponse.json(604, "{\"Status\":604,\"Error\":\"App Connection revoked\",\"Result\":null}");
        }
        Queue<ScriptedResponse> queue = onceScripts.get(request.path());
        if (queue != null) {
            synchronized (queue) {
                ScriptedResponse next = queue.poll();
                if (next != null) {
                    return next;
                }
            }
        }
        ScriptedResponse standing = scripts.get(request.path());
        if (standing != null) {
            return standing;
        }
        return switch (request.path()) {
            case LIVE_LINK_PATH -> defaultLiveLink();
            case INFO_PATH -> printersByToken.isEmpty() ? defaultInfo() : info(request.header("AppToken"));
            case GADGET_PATH -> ScriptedResponse.json(200,
                    "{\"State\":3,\"Status\":\"Looking Good\",\"StatusColor\":\"g\",\"Rating\":8}");
            default -> ScriptedResponse.json(404, "{\"Error\":\"not found\"}");
        };
    }

    private ScriptedResponse defaultLiveLink() {
        String id = "live" + linkCounter.incrementAndGet();
        return ScriptedResponse.json(200, "{\"LiveId\":\"" + id + "\",\"Url\":\"https://octoeverywhere.com/live/" + id
                + "\",\"ShortUrl\":\"https://oe.ink/l/" + id + "\"}");
    }

    private ScriptedResponse info(@Nullable String token) {
        String name = token == null ? null : printersByToken.get(token);
        if (name == null) {
            return ScriptedResponse.json(603,
                    "{\"Status\":603,\"Error\":\"App Connection not found\",\"Result\":null}");
        }
        JsonObject info = new JsonObject();
        info.addProperty("PrinterName", name);
        info.addProperty("IsOnline", true);
        info.addProperty("UserFacingPrinterUrl", printerUrl(name));
        return ScriptedResponse.json(200, info.toString());
    }

    private static ScriptedResponse defaultInfo() {
        return ScriptedResponse.json(200,
                "{\"PrinterName\":\"" + PRINTER_NAME + "\",\"PrinterLocalIp\":\"" + PRINTER_LOCAL_IP
                        + "\",\"IsOnline\":true,\"LastConnectionTimeUtc\":\"2025-01-02T03:00:00.1234567\","
                        + "\"LastDisconnectTimeUtc\":\"0001-01-01T00:00:00\",\"UserFacingPrinterUrl\":\"" + PRINTER_URL
                        + "\",\"PrinterLimits\":{\"MaxDownloadFileSizeBytes\":1000}}");
    }
}
