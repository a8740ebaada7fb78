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

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.octoeverywhere.internal.http.HttpAnswer;
import org.openhab.binding.octoeverywhere.internal.http.HttpCall;
import org.openhab.binding.octoeverywhere.internal.http.JettyCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

/**
 * Speaks OctoEverywhere's App APIs for one App Connection (one token, one printer).
 *
 * <p>
 * Every call returns at once; the answer arrives on a Jetty thread. Cancelling a returned future aborts its
 * HTTP request. Futures fail with {@link OctoEverywhereException} only.
 *
 * <p>
 * The request timeout runs on the caller's scheduler rather than Jetty's, so it is one task that a request's answer
 * cancels, and tests can let time pass without waiting for it.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class OctoEverywhereClient {
    public static final String LIVE_LINK_PATH = "/api/live/createfromappconnection";
    public static final String INFO_PATH = "/api/appconnection/info";
    public static final String GADGET_PATH = "/api/gadget/GetStatusFromAppConnection";
    public static final String APP_TOKEN_HEADER = "AppToken";
    public static final String USER_AGENT = "openHAB-OctoEverywhere-Binding/1.0";
    /** The most of a response body that is read; larger answers fail as {@link ApiError#COMMUNICATION}. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final String JSON = "application/json";

    private final Logger logger = LoggerFactory.getLogger(OctoEverywhereClient.class);

    private final HttpClient httpClient;
    private final URI baseUrl;
    private final String appToken;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Duration requestTimeout;

    /**
     * @param httpClient a started client, shared and owned by the caller
     * @param baseUrl the API address, checked like {@link BaseUrl#parse(String)}
     * @param appToken the App API token, checked like {@link AppTokens#requireValid(String)}
     * @param scheduler where each request's timeout is scheduled
     * @param requestTimeout how long a request may take from sending to the last byte of its answer
     * @throws IllegalArgumentException when the base URL or token is not acceptable or the timeout is not
     *             positive
     */
    public OctoEverywhereClient(HttpClient httpClient, URI baseUrl, String appToken, Clock clock,
            ScheduledExecutorService scheduler, Duration requestTimeout) {
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("The request timeout must be positive");
        }
        this.httpClient = httpClient;
        this.baseUrl = BaseUrl.parse(baseUrl.toString());
        this.appToken = AppTokens.requireValid(appToken);
        this.clock = clock;
        this.scheduler = scheduler;
        this.requestTimeout = requestTimeout;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public CompletableFuture<LiveLink> createLiveLink(LiveLinkRequest liveLinkRequest) {
        JsonObject body = new JsonObject();
        body.addProperty("ExpirationHours", liveLinkRequest.expirationHours());
        body.addProperty("EndWhenCurrentPrintIsComplete", liveLinkRequest.untilPrintCompletes());
        Instant sentAt = Objects.requireNonNull(clock.instant());
        return send("POST", LIVE_LINK_PATH, body.toString(),
                (reader, answer) -> reader.liveLink(answer, liveLinkRequest, sentAt));
    }

    public CompletableFuture<AppConnectionInfo> getAppConnectionInfo() {
        return send("GET", INFO_PATH, null, ResponseReader::appConnectionInfo);
    }

    /** Gadget's view of the print; the token travels in the header, so the body is empty. */
    public CompletableFuture<GadgetStatus> getGadgetStatus() {
        return send("POST", GADGET_PATH, "{}", ResponseReader::gadgetStatus);
    }

    @FunctionalInterface
    private interface BodyReader<T> {
        T read(ResponseReader reader, String body) throws OctoEverywhereException;
    }

    private <T> CompletableFuture<T> send(String method, String path, @Nullable String jsonBody,
            BodyReader<T> bodyReader) {
        String call = method + " " + path;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", USER_AGENT);
        headers.put("Accept", JSON);
        headers.put(APP_TOKEN_HEADER, appToken);
        HttpCall request = new HttpCall(method, URI.create(baseUrl + path), headers, jsonBody == null ? null : JSON,
                jsonBody, MAX_BODY_BYTES, requestTimeout);
        CompletableFuture<T> future = new CompletableFuture<>();
        CompletableFuture<HttpAnswer> sent = JettyCalls.send(httpClient, request, scheduler);
        // Cancelling the caller's future gives the request up.
        future.whenComplete((result, failure) -> {
            if (future.isCancelled()) {
                sent.cancel(true);
            }
        });
        sent.whenComplete((answer, failure) -> {
            if (future.isDone()) {
                return;
            }
            if (failure != null) {
                failed(future, call, failure);
            } else {
                complete(future, call, answer, bodyReader);
            }
        });
        return future;
    }

    private void failed(CompletableFuture<?> future, String call, Throwable failure) {
        String reason = LogText.excerpt(String.valueOf(failure.getMessage()), appToken);
        logger.debug("{} failed without a complete answer: {}: {}", call, failure.getClass().getSimpleName(), reason);
        future.completeExceptionally(new OctoEverywhereException(ApiError.COMMUNICATION, 0,
                call + " failed: " + failure.getClass().getSimpleName() + ": " + reason));
    }

    private <T> void complete(CompletableFuture<T> future, String call, HttpAnswer answer, BodyReader<T> bodyReader) {
        ResponseReader reader = new ResponseReader(call, appToken);
        String body = answer.text();
        int status = answer.status();
        if (status == 200) {
            try {
                future.complete(bodyReader.read(reader, body));
            } catch (OctoEverywhereException e) {
                logger.debug("{}; body starts with: {}", e.getMessage(), LogText.excerpt(body, appToken));
                future.completeExceptionally(e);
            }
            return;
        }
        String error = reader.errorText(body);
        String message = call + " answered " + status + " (" + StatusCodes.describe(status) + ")"
                + (error == null ? "" : ": " + error);
        logger.debug("{}; body starts with: {}", message, LogText.excerpt(body, appToken));
        future.completeExceptionally(new OctoEverywhereException(ApiError.fromStatusCode(status), status, message));
    }

    @Override
    public String toString() {
        return "OctoEverywhereClient[" + baseUrl + "]";
    }
}
