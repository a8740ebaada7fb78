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
package org.openhab.binding.octoeverywhere.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.client.api.Result;
import org.eclipse.jetty.client.util.BufferingResponseListener;
import org.eclipse.jetty.client.util.StringContentProvider;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Sends {@link HttpCall}s with Jetty's asynchronous client: the binding's one use of Jetty's request API, which
 * differs between Jetty 9.4 (openHAB 4.3 to 5.2) and Jetty 12 (openHAB 5.3). Written for Jetty 9.4; the build for
 * openHAB 5.3 compiles it with Jetty 12's names (see pom-jetty12.xml). No thread waits for an answer.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class JettyCalls {
    private JettyCalls() {
    }

    /**
     * Returns at once; the future completes with the answer, or fails with what kept it from arriving (a
     * {@link TimeoutException} after the call's timeout, an over-long body, a broken connection, a stopped client).
     * Cancelling the future aborts the request.
     *
     * @param scheduler where the timeout is scheduled
     */
    public static CompletableFuture<HttpAnswer> send(HttpClient client, HttpCall call,
            ScheduledExecutorService scheduler) {
        CompletableFuture<HttpAnswer> answer = new CompletableFuture<>();
        try {
            Request request = client.newRequest(call.uri()).method(call.method()).followRedirects(false);
            call.headers().forEach((name, value) -> {
                if (HttpHeader.USER_AGENT.is(name)) {
                    // Replaces the client's own agent, which a plain header would be added to.
                    request.agent(value);
                } else {
                    request.header(name, value);
                }
            });
            String body = call.body();
            String contentType = call.contentType();
            if (body != null && contentType != null) {
                request.content(new StringContentProvider(contentType, body, StandardCharsets.UTF_8));
            }
            long timeoutMillis = call.timeout().toMillis();
            Runnable giveUp = () -> request.abort(new TimeoutException("no answer within " + timeoutMillis + " ms"));
            ScheduledFuture<?> timeout = scheduler.schedule(giveUp, timeoutMillis, TimeUnit.MILLISECONDS);
            answer.whenComplete((result, failure) -> {
                timeout.cancel(false);
                if (answer.isCancelled()) {
                    request.abort(new CancellationException("cancelled by the caller"));
                }
            });
            request.send(new BufferingResponseListener(call.maxBodyBytes()) {
                @Override
                public void onComplete(@Nullable Result result) {
                    // Before the future completes: whoever sees the answer sees no timeout pending for it.
                    timeout.cancel(false);
                    if (result == null) {
                        return;
                    }
                    Throwable failure = result.getFailure();
                    if (failure != null) {
                        answer.completeExceptionally(failure);
                        return;
                    }
                    byte[] content = getContent();
                    answer.complete(new HttpAnswer(result.getResponse().getStatus(),
                            result.getResponse().getHeaders().get(HttpHeader.CONTENT_TYPE),
                            result.getResponse().getHeaders().get(HttpHeader.LOCATION),
                            content == null ? new byte[0] : content));
                }
            });
        } catch (RuntimeException e) {
            // e.g. a client that was stopped while the binding shut down
            answer.completeExceptionally(e);
        }
        return answer;
    }
}
