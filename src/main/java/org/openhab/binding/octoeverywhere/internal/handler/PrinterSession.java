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

import java.net.URI;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.octoeverywhere.internal.PrinterConfiguration;
import org.openhab.binding.octoeverywhere.internal.api.AppTokens;
import org.openhab.binding.octoeverywhere.internal.api.BaseUrl;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereClient;

/**
 * The parts that speak to OctoEverywhere for one valid configuration of a printer thing, from the handler's
 * {@code initialize()} to its {@code dispose()}.
 */
@NonNullByDefault
final class PrinterSession {
    final ConnectionWatch watch;
    final CurrentLiveLink link;

    private PrinterSession(ConnectionWatch watch, CurrentLiveLink link) {
        this.watch = watch;
        this.link = link;
    }

    /**
     * @param config a configuration without {@link PrinterConfiguration#problem()}
     * @param name the thing's UID, its key in the link store and its name in log lines
     */
    static PrinterSession start(
            PrinterContext context, PrinterConfiguration config, ThingOutput output, LinkChannels links, String name) {
        URI baseUrl = BaseUrl.parse(config.baseUrl);
        String token = AppTokens.requireValid(config.appToken);
        OctoEverywhereClient client = new OctoEverywhereClient(
                context.httpClient(), baseUrl, token, context.clock(), context.scheduler(), context.requestTimeout());
        ConnectionWatch watch = new ConnectionWatch(
                client,
                context.scheduler(),
                Duration.ofMinutes(config.refreshInterval),
                new ConnectionChannels(output),
                name);
        CurrentLiveLink link = new CurrentLiveLink(
                client,
                watch,
                context.store(),
                name,
                LiveLinkStore.fingerprint(baseUrl, token),
                context.clock(),
                context.scheduler(),
                links);
        link.start();
        watch.start();
        return new PrinterSession(watch, link);
    }

    /** Stops every part; none reports anything afterwards. */
    void stop() {
        // The link first: its answers still report to the watch.
        link.stop();
        watch.stop();
    }
}
