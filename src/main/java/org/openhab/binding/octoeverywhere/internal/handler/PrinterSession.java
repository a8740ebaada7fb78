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

import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;

import java.net.URI;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.octoeverywhere.internal.ThingOutput;
import org.openhab.binding.octoeverywhere.internal.api.AppTokens;
import org.openhab.binding.octoeverywhere.internal.api.BaseUrl;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereClient;
import org.openhab.binding.octoeverywhere.internal.config.PrinterConfiguration;
import org.openhab.binding.octoeverywhere.internal.connection.ConnectionChannels;
import org.openhab.binding.octoeverywhere.internal.connection.ConnectionWatch;
import org.openhab.binding.octoeverywhere.internal.gadget.GadgetChannels;
import org.openhab.binding.octoeverywhere.internal.gadget.GadgetPace;
import org.openhab.binding.octoeverywhere.internal.gadget.GadgetWatch;
import org.openhab.binding.octoeverywhere.internal.livelink.CurrentLiveLink;
import org.openhab.binding.octoeverywhere.internal.livelink.LinkChannels;
import org.openhab.binding.octoeverywhere.internal.livelink.LiveLinkStore;

/**
 * The parts that speak to OctoEverywhere for one valid configuration of a printer thing, from the handler's
 * {@code initialize()} to its {@code dispose()}.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class PrinterSession {
    final ConnectionWatch watch;
    final CurrentLiveLink link;
    final GadgetWatch gadget;

    private PrinterSession(ConnectionWatch watch, CurrentLiveLink link, GadgetWatch gadget) {
        this.watch = watch;
        this.link = link;
        this.gadget = gadget;
    }

    /**
     * @param config a configuration without {@link PrinterConfiguration#problem()}
     * @param thingUID the thing's UID: its key in the link store and its name in log lines
     * @param gadgetPace when Gadget may be asked, kept by the thing across its sessions
     * @param gadgetLinked whether a Gadget channel is linked
     */
    static PrinterSession start(PrinterContext context, PrinterConfiguration config, ThingOutput output,
            LinkChannels links, String thingUID, GadgetPace gadgetPace, boolean gadgetLinked) {
        URI baseUrl = BaseUrl.parse(config.baseUrl);
        String token = AppTokens.requireValid(config.appToken);
        OctoEverywhereClient client = new OctoEverywhereClient(context.httpClient(), baseUrl, token, context.clock(),
                context.scheduler(), context.requestTimeout());
        ConnectionWatch watch = new ConnectionWatch(client, context.scheduler(),
                Duration.ofMinutes(config.refreshInterval), new ConnectionChannels(output), thingUID);
        CurrentLiveLink link = new CurrentLiveLink(client, watch, context.store(), thingUID,
                LiveLinkStore.fingerprint(baseUrl, token), context.clock(), context.scheduler(), links);
        GadgetWatch gadget = new GadgetWatch(client::getGadgetStatus, watch, gadgetPace, context.scheduler(),
                Duration.ofSeconds(config.gadgetInterval), Duration.ofMinutes(config.refreshInterval),
                !config.webhookSecret.isBlank(), new GadgetChannels(output), thingUID);
        link.start();
        watch.start();
        gadget.start(gadgetLinked);
        return new PrinterSession(watch, link, gadget);
    }

    /** Reports the states of the part that shows this channel group again. */
    void refresh(String group) {
        switch (group) {
            case GROUP_LINK -> link.republish();
            case GROUP_PRINTER -> watch.republish();
            case GROUP_GADGET -> gadget.republish();
            default -> {
                // the print's channels are the notifications', which outlive a session
            }
        }
    }

    /** Stops every part; none reports anything afterwards. */
    void stop() {
        // Link and Gadget first: their answers still report to the watch.
        link.stop();
        gadget.stop();
        watch.stop();
    }
}
