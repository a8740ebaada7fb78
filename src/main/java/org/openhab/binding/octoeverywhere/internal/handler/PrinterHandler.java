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

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.ThingOutput;
import org.openhab.binding.octoeverywhere.internal.action.PrinterActions;
import org.openhab.binding.octoeverywhere.internal.api.LiveLink;
import org.openhab.binding.octoeverywhere.internal.api.LiveLinkRequest;
import org.openhab.binding.octoeverywhere.internal.config.PrinterConfiguration;
import org.openhab.binding.octoeverywhere.internal.connection.CallRefusedException;
import org.openhab.binding.octoeverywhere.internal.connection.ConnectionStatus;
import org.openhab.binding.octoeverywhere.internal.gadget.GadgetChannels;
import org.openhab.binding.octoeverywhere.internal.gadget.GadgetPace;
import org.openhab.binding.octoeverywhere.internal.gadget.GadgetWatch;
import org.openhab.binding.octoeverywhere.internal.livelink.LinkChannels;
import org.openhab.binding.octoeverywhere.internal.printevents.PrintEventReceiver;
import org.openhab.binding.octoeverywhere.internal.printevents.PrinterNotifications;
import org.openhab.binding.octoeverywhere.internal.snapshot.PrintSnapshot;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 3D printer reached through one OctoEverywhere App Connection. Translates between openHAB and the parts that
 * decide: the {@code ConnectionWatch} owns the thing status, the {@code CurrentLiveLink} the link channels, the
 * {@link GadgetWatch} the Gadget channels, and the {@link PrinterNotifications} the print channels.
 *
 * <p>
 * Each {@link #initialize()} with a valid configuration starts a {@link PrinterSession} of the first three, which
 * {@link #dispose()} stops: stopped parts report nothing more, so an answer to an older configuration never reaches a
 * channel. Parts report with their own lock held, which keeps their updates in order; openHAB never calls into this
 * handler while holding its own monitor, so locks are always taken part first. Properties are the exception: openHAB
 * stores them in its database, so {@link ThingProperties} writes them on the scheduler, outside every lock of parts.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class PrinterHandler extends BaseThingHandler {
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** How many links {@code liveLinkOnPrintStart} creates in an hour at most. */
    public static final int PRINT_START_LINKS_PER_HOUR = PrintFollowers.PRINT_START_LINKS_PER_HOUR;

    private final Logger logger = LoggerFactory.getLogger(PrinterHandler.class);
    private final PrinterContext context;

    private volatile PrinterConfiguration config = new PrinterConfiguration();
    private volatile boolean misconfigured;
    private volatile @Nullable PrinterSession session;
    /** Serialises initialize, dispose and handleRemoval: openHAB calls the last on another thread. */
    private final Object lifecycle = new Object();

    private boolean removed;
    private final ThingProperties properties;
    private final ThingOutput output = new Output();
    private final LinkChannels linkChannels;
    private final PrinterNotifications notifications;
    /** When Gadget was last asked: kept across sessions, as OctoEverywhere's limit outlives a reconfiguration. */
    private final GadgetPace gadgetPace;

    private final PrintSnapshot snapshot;

    public PrinterHandler(Thing thing, PrinterContext context) {
        super(thing);
        this.context = context;
        this.properties = new ThingProperties(context.scheduler(), set -> whileAttached(() -> updateProperties(set)),
                removed -> whileAttached(() -> {
                    if (getThing().getProperties().containsKey(removed)) {
                        updateProperty(removed, null);
                    }
                }));
        this.gadgetPace = new GadgetPace(context.clock());
        this.linkChannels = new LinkChannels(output, thing.getUID().toString());
        this.snapshot = new PrintSnapshot(context.snapshotClient(), context.scheduler(), output,
                () -> getThing().getProperties().get(PROPERTY_PRINTER_LOCAL_IP), thing.getUID().toString());
        PrintFollowers followers = new PrintFollowers(context.clock(), () -> config, () -> session,
                this::createLiveLink, snapshot, () -> isLinked(CHANNEL_SNAPSHOT), thing.getUID().toString());
        this.notifications = new PrinterNotifications(context.clock(), output,
                () -> getThing().getProperties().get(PROPERTY_PRINTER_NAME), followers,
                thing.getProperties().get(PROPERTY_PRINTER_ID), thing.getUID().toString());
        // Before initialize(), which openHAB never calls while the configuration breaks its description.
        notifications.open(thing.getConfiguration().get(CONFIG_WEBHOOK_SECRET) instanceof String s ? s : "", null);
    }

    @Override
    public void initialize() {
        synchronized (lifecycle) {
            if (removed) {
                // openHAB may start a handler whose thing is being removed; it is asked to handle the removal again.
                return;
            }
            updateState(CHANNEL_CREATE_LIVE_LINK, OnOffType.OFF);
            updateState(CHANNEL_CREATE_PRINT_LIVE_LINK, OnOffType.OFF);
            PrinterConfiguration config = getConfigAs(PrinterConfiguration.class);
            notifications.connectionConfigured(config.baseUrl, config.appToken);
            // Print events need no token: they are taken whatever else is wrong, also while openHAB reconfigures
            // the thing, as OctoEverywhere disables a webhook that is refused too often.
            notifications.open(config.webhookSecret, context.webhookUrl().get());
            String problem = config.problem();
            if (problem != null) {
                // An invalid configuration is never used: presses and actions meet the refusal instead.
                this.config = new PrinterConfiguration();
                misconfigured = true;
                linkChannels.linkChanged(null);
                updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                        ConnectionStatus.description(problem, 0));
                return;
            }
            this.config = config;
            updateStatus(ThingStatus.UNKNOWN);
            PrinterSession session = PrinterSession.start(context, config, output, linkChannels,
                    getThing().getUID().toString(), gadgetPace, gadgetLinked());
            this.session = session;
            // Events reach the session only from here on: one that arrived while it started is not missed.
            notifications.retellPrinting();
        }
    }

    @Override
    public void dispose() {
        synchronized (lifecycle) {
            PrinterSession session = this.session;
            this.session = null;
            misconfigured = false;
            if (session != null) {
                session.stop();
            }
        }
    }

    @Override
    public void handleRemoval() {
        synchronized (lifecycle) {
            // Stopped first, so that no answer still on its way can store the link again.
            removed = true;
            notifications.close();
            snapshot.close();
            dispose();
        }
        synchronized (this) {
            // openHAB asks again when a handler reports a status while its thing is being removed: REMOVED may only
            // follow REMOVING, and only once.
            if (getThing().getStatus() == ThingStatus.REMOVING) {
                super.handleRemoval();
            }
        }
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return List.of(PrinterActions.class);
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        String channel = channelUID.getId();
        LiveLinkRequest press = LinkChannels.request(channel, config.expirationHours);
        if (press != null) {
            if (command == OnOffType.ON) {
                createLiveLink(press);
            }
            // A button, not a state: back to OFF (also on a refresh), so the next ON (or "turn on") is a new press.
            updateState(channel, OnOffType.OFF);
        } else if (command instanceof RefreshType) {
            String group = channelUID.getGroupId();
            PrinterSession session = this.session;
            if (GROUP_PRINT.equals(group)) {
                // The print is followed also while the thing has no session.
                notifications.refresh();
                snapshot.refresh();
            } else if (session != null && group != null) {
                session.refresh(group);
            }
        } else {
            logger.debug("Channel {} takes no command {}", channelUID, command);
        }
    }

    /** The thing as the notification webhook sees it. */
    public PrintEventReceiver notifications() {
        return notifications;
    }

    @Override
    public void channelLinked(ChannelUID channelUID) {
        super.channelLinked(channelUID);
        linksChanged();
    }

    @Override
    public void channelUnlinked(ChannelUID channelUID) {
        super.channelUnlinked(channelUID);
        linksChanged();
    }

    private void linksChanged() {
        PrinterSession session = this.session;
        if (session != null) {
            session.gadget.setLinked(gadgetLinked());
        }
    }

    /** Gadget is asked only while someone can see its answer. */
    private boolean gadgetLinked() {
        return GadgetChannels.CHANNELS.stream().anyMatch(this::isLinked);
    }

    /** The lifetime of links created from the channel, for actions called without hours. */
    public int expirationHours() {
        return config.expirationHours;
    }

    /** The current Live Link, or null if there is none (never created, expired, or the thing is not running). */
    public @Nullable LiveLink getLiveLink() {
        PrinterSession session = this.session;
        return session == null ? null : session.link.get();
    }

    /**
     * Creates a Live Link; see {@code CurrentLiveLink.create}. Every call fires exactly one event on channel
     * {@code live-link-event} with its outcome.
     */
    public CompletableFuture<LiveLink> createLiveLink(LiveLinkRequest request) {
        PrinterSession session = this.session;
        // openHAB itself keeps a thing whose configuration breaks its description from starting.
        boolean badConfiguration = misconfigured
                || getThing().getStatusInfo().getStatusDetail() == ThingStatusDetail.HANDLER_CONFIGURATION_PENDING;
        CompletableFuture<LiveLink> outcome = session != null ? session.link.create(request)
                : CompletableFuture.failedFuture(
                        badConfiguration ? CallRefusedException.configuration() : CallRefusedException.notRunning());
        outcome.whenComplete(linkChannels::outcome);
        return outcome;
    }

    /** The set-up page gave the thing the token of a new App Connection of its printer: its id follows. */
    public void appConnectionChanged(String appConnectionId) {
        properties.offer(Map.of(PROPERTY_APP_CONNECTION_ID, appConnectionId));
    }

    /**
     * Makes the call only while openHAB holds the handler: a property write or an outcome may come after openHAB let
     * go of it, and openHAB guards the callback with this monitor.
     */
    private synchronized void whileAttached(Runnable call) {
        if (getCallback() != null) {
            call.run();
        }
    }

    /** The parts' way to openHAB. */
    private class Output implements ThingOutput {
        @Override
        public void updateState(String channelId, State state) {
            PrinterHandler.this.updateState(channelId, state);
        }

        @Override
        public void triggerChannel(String channelId, String event) {
            whileAttached(() -> PrinterHandler.this.triggerChannel(channelId, event));
        }

        @Override
        public void updateStatus(ThingStatus status, ThingStatusDetail detail, @Nullable String description) {
            PrinterHandler.this.updateStatus(status, detail, description);
        }

        @Override
        public void updateProperties(Map<String, String> changed) {
            properties.offer(changed);
        }
    }
}
