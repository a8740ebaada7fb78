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
package org.openhab.binding.octoeverywhere.internal.connect;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.octoeverywhere.internal.api.AppConnectionInfo;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereClient;

/**
 * Asks OctoEverywhere whether a token the portal's return carries is real, and for which printer: the App Connection
 * Info API answers a real token with its printer, anything else with an error. Nothing but OctoEverywhere's answer
 * proves a token, as anyone can call the return address with any parameters.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class TokenCheck {
    private final HttpClient httpClient;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Duration timeout;

    /**
     * @param httpClient a started client, owned by the caller
     * @param scheduler where each request's timeout is scheduled
     */
    TokenCheck(HttpClient httpClient, Clock clock, ScheduledExecutorService scheduler, Duration timeout) {
        this.httpClient = httpClient;
        this.clock = clock;
        this.scheduler = scheduler;
        this.timeout = timeout;
    }

    /**
     * Returns at once; the answer completes the future, or its failure: an {@code OctoEverywhereException}.
     *
     * @param baseUrl the API address, checked like {@code BaseUrl.parse}
     * @param appToken a token checked like {@code AppTokens.requireValid}
     */
    CompletableFuture<AppConnectionInfo> check(URI baseUrl, String appToken) {
        return new OctoEverywhereClient(httpClient, baseUrl, appToken, clock, scheduler, timeout)
                .getAppConnectionInfo();
    }
}
