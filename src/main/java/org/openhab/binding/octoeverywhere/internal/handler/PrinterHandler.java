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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.octoeverywhere.internal.PrinterConfiguration;
import org.openhab.binding.octoeverywhere.internal.action.PrinterActions;
import org.openhab.binding.octoeverywhere.internal.action.ResultTexts;
import org.openhab.binding.octoeverywhere.internal.api.ApiError;
import org.openhab.binding.octoeverywhere.internal.api.AppConnectionInfo;
import org.openhab.binding.octoeverywhere.internal.api.AppTokens;
import org.openhab.binding.octoeverywhere.internal.api.BaseUrl;
import org.openhab.binding.octoeverywhere.internal.api.LiveLink;
import org.openhab.binding.octoeverywhere.internal.api.LiveLinkRequest;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereClient;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 3D printer reached through one OctoEverywhere App Connection: creates Live Links on command, keeps the thing
 * status true to what OctoEverywhere answers, and clears timed links when they expire.
 *
 * <p>
 * No method waits on the network: requests are asynchronous and their answers are handled on the HTTP client's
 * threads. All state below is guarded by {@code lock}; a callback of a request made under an older configuration
 * (its client is no longer {@code client}) changes nothing. openHAB is told of changes while the lock is held, so a
 * late answer can never overwrite a newer status (say, the configuration error of a dead token); nothing in openHAB
 * holds this handler's monitor while calling into it, so the two locks are always taken in the same order.
 */
@NonNullByDefault
public class PrinterHandler extends BaseThingHandler {
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);

    private final Logger logger = LoggerFactory.getLogger(PrinterHandler.class);
    private final HttpClient httpClient;
    private final LiveLinkStore store;
    private final ResultTexts resultTexts;
    private final Clock clock;
    private final ScheduledExecutorService executor;

    private final Object lock = new Object();
    private PrinterConfiguration config = new PrinterConfiguration();
    private @Nullable OctoEverywhereClient client;
    private String connectionFingerprint = "";
    /** Why no request may go out, or null while requests may go out. */
    private @Nullable LiveLinkRefusedException refusal;

    private final Map<LiveLinkRequest, PendingLink> pendingLinks = new HashMap<>();
    private @Nullable CompletableFuture<AppConnectionInfo> pendingCheck;
    private @Nullable ScheduledFuture<?> checkJob;
    private @Nullable ScheduledFuture<?> expiryJob;
    private int failedChecks;
    private @Nullable LiveLink currentLink;
    private @Nullable AppConnectionInfo lastInfo;

    /**
     * @param executor where status checks and expiries are scheduled: openHAB's {@code thingHandler} pool, the
     *            same as {@link #scheduler}, or a controllable one in tests
     */
    public PrinterHandler(
            Thing thing,
            HttpClient httpClient,
            LiveLinkStore store,
            ResultTexts resultTexts,
            Clock clock,
            ScheduledExecutorService executor) {
        super(thing);
        this.httpClient = httpClient;
        this.store = store;
        this.resultTexts = resultTexts;
        this.clock = clock;
        this.executor = executor;
    }

    @Override
    public void initialize() {
        updateState(CHANNEL_CREATE_LIVE_LINK, OnOffType.OFF);
        updateState(CHANNEL_CREATE_PRINT_LIVE_LINK, OnOffType.OFF);
        PrinterConfiguration config = getConfigAs(PrinterConfiguration.class);
        synchronized (lock) {
            ConfigurationProblem problem = configurationProblem(config);
            // An invalid configuration is never used: a button press or an action then meets the refusal, and no
            // request is ever built from hours out of range.
            this.config = problem == null ? config : new PrinterConfiguration();
            if (problem != null) {
                refusal = new LiveLinkRefusedException(
                        problem.error(), 0, "the thing configuration is invalid (see its status)");
                publishLink(null);
                updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, "@text/" + problem.textKey());
                return;
            }
            URI baseUrl = BaseUrl.parse(config.baseUrl);
            String token = AppTokens.requireValid(config.appToken);
            client = new OctoEverywhereClient(httpClient, baseUrl, token, clock, REQUEST_TIMEOUT);
            connectionFingerprint = LiveLinkStore.fingerprint(baseUrl, token);
            refusal = null;
            failedChecks = 0;
            updateStatus(ThingStatus.UNKNOWN);
            LiveLink restored = store.restore(storageKey(), connectionFingerprint, clock.instant());
            currentLink = restored;
            publishLink(restored);
            if (restored != null) {
                scheduleExpiry(restored);
            }
            scheduleCheck(Duration.ZERO);
        }
    }

    /** What is wrong with {@code config}, or null when it is usable. */
    private static @Nullable ConfigurationProblem configurationProblem(PrinterConfiguration config) {
        if (config.appToken.isBlank()) {
            return new ConfigurationProblem("offline.config-error.token-missing", ApiError.TOKEN_INVALID);
        }
        try {
            AppTokens.requireValid(config.appToken);
        } catch (IllegalArgumentException e) {
            return new ConfigurationProblem("offline.config-error.token-malformed", ApiError.TOKEN_INVALID);
        }
        try {
            BaseUrl.parse(config.baseUrl);
        } catch (IllegalArgumentException e) {
            return new ConfigurationProblem("offline.config-error.base-url", ApiError.COMMUNICATION);
        }
        if (config.expirationHours < LiveLinkRequest.MIN_HOURS || config.expirationHours > LiveLinkRequest.MAX_HOURS) {
            return new ConfigurationProblem("offline.config-error.expiration-hours", ApiError.COMMUNICATION);
        }
        if (config.refreshInterval < 1) {
            return new ConfigurationProblem("offline.config-error.refresh-interval", ApiError.COMMUNICATION);
        }
        return null;
    }

    /** The status text of a configuration problem, and the error rule actions report while it lasts. */
    private record ConfigurationProblem(String textKey, ApiError error) {}

    @Override
    public void dispose() {
        stop();
    }

    /** Cancels every job and request; answers that still arrive change nothing. */
    private void stop() {
        synchronized (lock) {
            client = null;
            refusal = null;
            cancel(checkJob);
            cancel(expiryJob);
            checkJob = null;
            expiryJob = null;
            CompletableFuture<AppConnectionInfo> check = pendingCheck;
            if (check != null) {
                check.cancel(true);
            }
            pendingCheck = null;
            // Cancelling aborts the HTTP requests; callers waiting in rule actions learn it at once.
            List.copyOf(pendingLinks.values()).forEach(pending -> pending.sent().cancel(true));
            pendingLinks.clear();
            currentLink = null;
            lastInfo = null;
        }
    }

    @Override
    public void handleRemoval() {
        // Stopped first, so that no answer still on its way can store the link again.
        stop();
        store.remove(storageKey());
        super.handleRemoval();
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return List.of(PrinterActions.class);
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        String channel = channelUID.getIdWithoutGroup();
        if (command instanceof RefreshType) {
            refresh(channel);
            return;
        }
        switch (channel) {
            case CHANNEL_CREATE_LIVE_LINK, CHANNEL_CREATE_PRINT_LIVE_LINK -> {
                if (command == OnOffType.ON) {
                    int hours = currentConfig().expirationHours;
                    createLiveLink(
                            CHANNEL_CREATE_LIVE_LINK.equals(channel)
                                    ? LiveLinkRequest.timed(hours)
                                    : LiveLinkRequest.untilPrintCompletes(hours));
                }
                // A button, not a state: back to OFF so the next ON (or "turn on") is a new press.
                updateState(channel, OnOffType.OFF);
            }
            default -> logger.debug("Channel {} takes no command {}", channelUID, command);
        }
    }

    private void refresh(String channel) {
        synchronized (lock) {
            switch (channel) {
                case CHANNEL_CREATE_LIVE_LINK, CHANNEL_CREATE_PRINT_LIVE_LINK -> updateState(channel, OnOffType.OFF);
                case CHANNEL_URL, CHANNEL_SHORT_URL, CHANNEL_LIVE_ID, CHANNEL_EXPIRES -> publishLink(currentLink);
                case CHANNEL_PRINTER_ONLINE, CHANNEL_LAST_CONNECTED, CHANNEL_LAST_DISCONNECTED -> {
                    AppConnectionInfo info = lastInfo;
                    if (info != null) {
                        publishInfo(info);
                    }
                }
                default -> {}
            }
        }
    }

    /** The configured lifetime of links created from the channel, for actions called without hours. */
    public PrinterConfiguration currentConfig() {
        synchronized (lock) {
            return config;
        }
    }

    /** The texts rule actions answer with, in openHAB's language. */
    public ResultTexts resultTexts() {
        return resultTexts;
    }

    /** The current Live Link, or null if there is none (never created, expired, or the thing is not running). */
    public @Nullable LiveLink getLiveLink() {
        synchronized (lock) {
            return currentLink;
        }
    }

    /**
     * Creates a Live Link; an identical request still under way is not sent again, its answer serves both callers.
     * Returns at once; the future completes after the channels show the answer, and fails with an
     * {@link OctoEverywhereException}.
     */
    public CompletableFuture<LiveLink> createLiveLink(LiveLinkRequest request) {
        synchronized (lock) {
            OctoEverywhereClient client = this.client;
            LiveLinkRefusedException refusal = this.refusal;
            if (refusal != null) {
                logger.info("No Live Link created for {}: {}", getThing().getUID(), refusal.getMessage());
                triggerChannel(CHANNEL_LIVE_LINK_EVENT, EVENT_FAILED);
                return CompletableFuture.failedFuture(refusal);
            }
            if (client == null) {
                // Disposed: openHAB no longer listens to this handler's channels.
                return CompletableFuture.failedFuture(
                        new LiveLinkRefusedException(ApiError.COMMUNICATION, 0, "the thing is not running"));
            }
            PendingLink pending = pendingLinks.get(request);
            if (pending == null) {
                CompletableFuture<LiveLink> sent = client.createLiveLink(request);
                // The lock is reentrant: an answer that is there at once is handled right here.
                pending = new PendingLink(
                        sent, sent.whenComplete((link, error) -> onLiveLinkAnswer(client, request, link, error)));
                if (!pending.handled().isDone()) {
                    pendingLinks.put(request, pending);
                }
            }
            // A copy: a caller that cancels its future must not touch the other callers' answer.
            return pending.handled().copy();
        }
    }

    private void onLiveLinkAnswer(
            OctoEverywhereClient client, LiveLinkRequest request, @Nullable LiveLink link, @Nullable Throwable error) {
        synchronized (lock) {
            if (client != this.client || refusal != null) {
                if (link != null) {
                    // Created, but the thing was stopped or reconfigured meanwhile: callers must not get a link that
                    // the channels do not show.
                    throw new CompletionException(new LiveLinkRefusedException(
                            ApiError.COMMUNICATION,
                            0,
                            "the thing was stopped or reconfigured before the Live Link arrived"));
                }
                return;
            }
            pendingLinks.remove(request);
            if (link != null) {
                linkCreated(link);
                return;
            }
            OctoEverywhereException failure = unwrap(error);
            logger.debug("Creating a Live Link for {} failed: {}", getThing().getUID(), failure.getMessage());
            switch (failure.error()) {
                case TOKEN_INVALID -> {
                    connectionGone(failure);
                    triggerChannel(CHANNEL_LIVE_LINK_EVENT, EVENT_FAILED);
                }
                case NO_ACTIVE_PRINT -> triggerChannel(CHANNEL_LIVE_LINK_EVENT, EVENT_NO_ACTIVE_PRINT);
                default -> {
                    if (failedChecks == 0) {
                        // Maybe the connection just broke; while checks already fail, their backoff stands.
                        scheduleCheck(Duration.ZERO);
                    }
                    triggerChannel(CHANNEL_LIVE_LINK_EVENT, EVENT_FAILED);
                }
            }
        }
    }

    private void linkCreated(LiveLink link) {
        // Not the address: whoever reads the log could watch the printer with it.
        logger.debug(
                "Live Link created for {}, expires {}",
                getThing().getUID(),
                link.expires() == null ? "when the print completes" : link.expires());
        currentLink = link;
        store.save(storageKey(), connectionFingerprint, link);
        scheduleExpiry(link);
        publishLink(link);
        if (getThing().getStatus() != ThingStatus.ONLINE) {
            // OctoEverywhere just accepted the token: whatever kept the thing offline is over.
            updateStatus(ThingStatus.ONLINE);
        }
        triggerChannel(CHANNEL_LIVE_LINK_EVENT, EVENT_CREATED);
    }

    private void scheduleExpiry(LiveLink link) {
        cancel(expiryJob);
        expiryJob = null;
        Instant expires = link.expires();
        if (expires != null) {
            long delay = Math.max(0, Duration.between(clock.instant(), expires).toMillis());
            expiryJob = executor.schedule(() -> expire(link), delay, TimeUnit.MILLISECONDS);
        }
    }

    private void expire(LiveLink link) {
        synchronized (lock) {
            if (link != currentLink) {
                return;
            }
            currentLink = null;
            expiryJob = null;
            store.remove(storageKey());
            publishLink(null);
            triggerChannel(CHANNEL_LIVE_LINK_EVENT, EVENT_EXPIRED);
        }
    }

    private void scheduleCheck(Duration delay) {
        if (client == null || refusal != null) {
            return;
        }
        cancel(checkJob);
        checkJob = executor.schedule(this::checkConnection, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkConnection() {
        OctoEverywhereClient client;
        CompletableFuture<AppConnectionInfo> check;
        synchronized (lock) {
            client = this.client;
            if (client == null || refusal != null || pendingCheck != null) {
                return;
            }
            check = client.getAppConnectionInfo();
            pendingCheck = check;
        }
        check.whenComplete((info, error) -> onCheckAnswer(client, info, error));
    }

    private void onCheckAnswer(
            OctoEverywhereClient client, @Nullable AppConnectionInfo info, @Nullable Throwable error) {
        synchronized (lock) {
            if (client != this.client || refusal != null) {
                return;
            }
            pendingCheck = null;
            Duration refresh = Duration.ofMinutes(config.refreshInterval);
            if (info != null) {
                failedChecks = 0;
                lastInfo = info;
                scheduleCheck(refresh);
                publishInfo(info);
                updateStatus(ThingStatus.ONLINE);
                return;
            }
            OctoEverywhereException failure = unwrap(error);
            logger.debug(
                    "Checking the App Connection of {} failed: {}", getThing().getUID(), failure.getMessage());
            switch (failure.error()) {
                case TOKEN_INVALID -> connectionGone(failure);
                case PRINTER_OFFLINE -> {
                    failedChecks = 0;
                    scheduleCheck(refresh);
                    AppConnectionInfo known = lastInfo;
                    AppConnectionInfo offline = known == null
                            ? new AppConnectionInfo(null, null, false, null, null, null)
                            : new AppConnectionInfo(
                                    known.printerName(),
                                    known.printerLocalIp(),
                                    false,
                                    known.lastConnected(),
                                    known.lastDisconnected(),
                                    known.printerUrl());
                    lastInfo = offline;
                    publishInfo(offline);
                    updateStatus(ThingStatus.ONLINE);
                }
                case NOT_SUPPORTER -> {
                    // Lasts until the owner renews the perks: no point retrying sooner than the refresh interval.
                    scheduleCheck(refresh);
                    updateStatus(
                            ThingStatus.OFFLINE,
                            ThingStatusDetail.COMMUNICATION_ERROR,
                            "@text/offline.comm-error.not-supporter");
                }
                default -> {
                    failedChecks++;
                    scheduleCheck(retryDelay(failedChecks, refresh));
                    String text = failure.error() == ApiError.COMMUNICATION
                            ? "@text/offline.comm-error.no-answer"
                            : "@text/offline.comm-error.error-code [\"" + failure.statusCode() + "\"]";
                    updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, text);
                }
            }
        }
    }

    /** 30 s after the first failure, doubling with each further one, never longer than the refresh interval. */
    static Duration retryDelay(int failedChecks, Duration refresh) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(failedChecks - 1, 20));
        return delay.compareTo(refresh) < 0 ? delay : refresh;
    }

    /** The App Connection will never work again: stop every call until the configuration changes. */
    private void connectionGone(OctoEverywhereException failure) {
        refusal = new LiveLinkRefusedException(
                ApiError.TOKEN_INVALID,
                failure.statusCode(),
                "the App Connection is gone (OctoEverywhere code " + failure.statusCode()
                        + "); a new App API token is needed");
        cancel(checkJob);
        checkJob = null;
        // Nothing more can be learnt about the printer through this App Connection.
        lastInfo = null;
        updateState(CHANNEL_PRINTER_ONLINE, UnDefType.UNDEF);
        updateState(CHANNEL_LAST_CONNECTED, UnDefType.UNDEF);
        updateState(CHANNEL_LAST_DISCONNECTED, UnDefType.UNDEF);
        updateStatus(
                ThingStatus.OFFLINE,
                ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.token-invalid [\"" + failure.statusCode() + "\"]");
    }

    private void publishLink(@Nullable LiveLink link) {
        updateState(CHANNEL_URL, link == null ? UnDefType.UNDEF : new StringType(link.url()));
        updateState(CHANNEL_SHORT_URL, stringOrUndef(link == null ? null : link.shortUrl()));
        updateState(CHANNEL_LIVE_ID, stringOrUndef(link == null ? null : link.liveId()));
        updateState(CHANNEL_EXPIRES, instantOrUndef(link == null ? null : link.expires()));
    }

    private void publishInfo(AppConnectionInfo info) {
        updateState(CHANNEL_PRINTER_ONLINE, info.online() ? OnOffType.ON : OnOffType.OFF);
        updateState(CHANNEL_LAST_CONNECTED, instantOrUndef(info.lastConnected()));
        updateState(CHANNEL_LAST_DISCONNECTED, instantOrUndef(info.lastDisconnected()));
        Map<String, String> properties = editProperties();
        putIfKnown(properties, PROPERTY_PRINTER_NAME, info.printerName());
        putIfKnown(properties, PROPERTY_PRINTER_LOCAL_IP, info.printerLocalIp());
        putIfKnown(properties, PROPERTY_PRINTER_URL, info.printerUrl());
        updateProperties(properties);
    }

    /** An answer without a value keeps the last known one: the IP, for one, is missing while the printer is away. */
    private static void putIfKnown(Map<String, String> properties, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            properties.put(name, value);
        }
    }

    private static State stringOrUndef(@Nullable String value) {
        return value == null ? UnDefType.UNDEF : new StringType(value);
    }

    private static State instantOrUndef(@Nullable Instant value) {
        return value == null ? UnDefType.UNDEF : new DateTimeType(value);
    }

    private static OctoEverywhereException unwrap(@Nullable Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof OctoEverywhereException failure) {
            return failure;
        }
        String reason = cause instanceof CancellationException
                ? "the request was cancelled"
                : "unexpected failure: "
                        + (cause == null ? "unknown" : cause.getClass().getSimpleName());
        return new OctoEverywhereException(ApiError.COMMUNICATION, 0, reason, cause);
    }

    private static void cancel(@Nullable ScheduledFuture<?> job) {
        if (job != null) {
            job.cancel(false);
        }
    }

    /** A request on the wire, and the future that completes once its answer is handled. */
    private record PendingLink(CompletableFuture<LiveLink> sent, CompletableFuture<LiveLink> handled) {}

    private String storageKey() {
        return getThing().getUID().toString();
    }
}
