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

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.octoeverywhere.internal.api.AppConnectionInfo;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereClient;
import org.openhab.binding.octoeverywhere.internal.connection.ConnectionStatus;
import org.openhab.binding.octoeverywhere.internal.connection.ConnectionWatch;

/**
 * A connection watch listener for tests of other parts, which need a watch but not what it reports.
 */
@NonNullByDefault
public class QuietConnectionListener implements ConnectionWatch.Listener {

    /**
     * A watch that is never started and asks nothing: it only holds what other parts report to it (a dead token).
     */
    public static ConnectionWatch unstartedWatch(ScheduledExecutorService scheduler) {
        OctoEverywhereClient nowhere = new OctoEverywhereClient(
                new HttpClient(),
                URI.create("http://127.0.0.1:1"),
                "unused-token",
                Clock.systemUTC(),
                scheduler,
                Duration.ofSeconds(30));
        return new ConnectionWatch(nowhere, scheduler, Duration.ofMinutes(15), new QuietConnectionListener(), "test");
    }

    @Override
    public void statusChanged(ConnectionStatus status) {}

    @Override
    public void printerChanged(@Nullable AppConnectionInfo info) {}
}
