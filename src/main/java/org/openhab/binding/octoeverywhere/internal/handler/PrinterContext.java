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
package org.openhab.binding.octoeverywhere.internal.handler;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.octoeverywhere.internal.livelink.LiveLinkStore;

/**
 * What the printer handlers of the binding share.
 *
 * @param httpClient the binding's started HTTP client for OctoEverywhere's API
 * @param snapshotClient the binding's started HTTP client for webcam snapshots, which never carries a secret
 * @param scheduler where checks, expiries, request timeouts and property writes are scheduled: openHAB's
 *            {@code thingHandler} pool, or a controllable one in tests
 * @param requestTimeout how long a request to OctoEverywhere may take
 * @param webhookUrl the address of the notification webhook in openHAB, when it can be told
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record PrinterContext(HttpClient httpClient, HttpClient snapshotClient, LiveLinkStore store, Clock clock,
        ScheduledExecutorService scheduler, Duration requestTimeout, Supplier<@Nullable String> webhookUrl) {
}
