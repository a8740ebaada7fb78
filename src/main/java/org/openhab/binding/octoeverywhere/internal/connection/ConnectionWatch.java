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
package org.openhab.binding.octoeverywhere.internal.connection;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.ApiError;
import org.openhab.binding.octoeverywhere.internal.api.AppConnectionInfo;
import org.openhab.binding.octoeverywhere.internal.api.Failures;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereClient;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one App Connection: checks it with the App Connection Info API at once and then every refresh interval,
 * backs off after failures, and turns the answers of the checks and of every other call into the connection's
 * status. Once OctoEverywhere says the App Connection is gone, it refuses every further call.
 *
 * <p>
 * The listener is called with this object's lock held, so a late answer can never overwrite a newer status; after
 * {@link #stop()} it is not called again.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class ConnectionWatch implements AppConnection {
    /** Receives what the watch learns; called with the watch's lock held. */
    public interface Listener {
        void statusChanged(ConnectionStatus status);

        /** The printer's state from the last check, or null when the App Connection is gone and it is unknown. */
        void printerChanged(@Nullable AppConnectionInfo info);
    }

    private final Logger logger = LoggerFactory.getLogger(ConnectionWatch.class);
    private final OctoEverywhereClient client;
    private final ScheduledExecutorService scheduler;
    private final Duration refreshInterval;
    private final Listener listener;
    private final String thingUID;

    private boolean stopped;
    private @Nullable ScheduledFuture<?> checkJob;
    private @Nullable CompletableFuture<AppConnectionInfo> pendingCheck;
    private int failedChecks;
    private @Nullable ConnectionStatus status;
    private @Nullable AppConnectionInfo lastInfo;
    /** Read without the lock: a press asks it and must not wait while an answer is being reported. */
    private volatile @Nullable CallRefusedException gone;

    /**
     * @param thingUID the thing, for the log
     */
    public ConnectionWatch(OctoEverywhereClient client, ScheduledExecutorService scheduler, Duration refreshInterval,
            Listener listener, String thingUID) {
        this.client = client;
        this.scheduler = scheduler;
        this.refreshInterval = refreshInterval;
        this.listener = listener;
        this.thingUID = thingUID;
    }

    /** Schedules the first check, right away. */
    public synchronized void start() {
        scheduleCheck(Duration.ZERO);
    }

    /** Cancels the next check and the one under way; the listener hears nothing more. */
    public synchronized void stop() {
        stopped = true;
        cancelCheckJob();
        CompletableFuture<AppConnectionInfo> check = pendingCheck;
        if (check != null) {
            check.cancel(true);
        }
        pendingCheck = null;
    }

    /** Why no call may be made any more, or null while calls may be made. */
    @Override
    public @Nullable CallRefusedException refusal() {
        return gone;
    }

    /** The printer's state from the last check, or null before the first answer. */
    public synchronized @Nullable AppConnectionInfo lastInfo() {
        return lastInfo;
    }

    /** Reports the printer's state from the last check again, if there was one. */
    public synchronized void republish() {
        AppConnectionInfo info = lastInfo;
        if (!stopped && info != null) {
            listener.printerChanged(info);
        }
    }

    /** Another call succeeded: OctoEverywhere accepted the token, so whatever kept the thing offline is over. */
    @Override
    public synchronized void callSucceeded() {
        if (!stopped && gone == null && status != ConnectionStatus.ONLINE) {
            report(ConnectionStatus.ONLINE);
        }
    }

    /** Another call failed: a dead token ends the App Connection, other failures are checked at once. */
    @Override
    public synchronized void callFailed(OctoEverywhereException failure) {
        if (stopped || gone != null) {
            return;
        }
        switch (failure.error()) {
            case TOKEN_INVALID -> connectionGone(failure.statusCode());
            case NO_ACTIVE_PRINT -> {
                // says nothing about the connection
            }
            default -> {
                if (failedChecks == 0) {
                    // Maybe the connection just broke; while checks already fail, their backoff stands.
                    scheduleCheck(Duration.ZERO);
                }
            }
        }
    }

    private void scheduleCheck(Duration delay) {
        if (stopped || gone != null) {
            return;
        }
        cancelCheckJob();
        checkJob = scheduler.schedule(this::check, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cancelCheckJob() {
        ScheduledFuture<?> job = checkJob;
        if (job != null) {
            job.cancel(false);
        }
        checkJob = null;
    }

    private void check() {
        CompletableFuture<AppConnectionInfo> check;
        synchronized (this) {
            if (stopped || gone != null || pendingCheck != null) {
                return;
            }
            check = client.getAppConnectionInfo();
            pendingCheck = check;
        }
        // Outside the lock: an answer that is already there is handled right here, and takes the lock itself.
        check.whenComplete((info, error) -> answered(check, info, error));
    }

    private synchronized void answered(CompletableFuture<AppConnectionInfo> check, @Nullable AppConnectionInfo info,
            @Nullable Throwable error) {
        if (stopped || gone != null || !check.equals(pendingCheck)) {
            // A check that was under way when another call found the App Connection gone tells nothing newer.
            return;
        }
        pendingCheck = null;
        if (info != null) {
            failedChecks = 0;
            scheduleCheck(refreshInterval);
            printer(info);
            report(ConnectionStatus.ONLINE);
            return;
        }
        OctoEverywhereException failure = Failures.unwrap(error);
        logger.debug("Checking the App Connection of {} failed: {}", thingUID, failure.getMessage());
        switch (failure.error()) {
            case TOKEN_INVALID -> connectionGone(failure.statusCode());
            case PRINTER_OFFLINE -> {
                // The App Connection works; OctoEverywhere just cannot reach the printer now.
                failedChecks = 0;
                scheduleCheck(refreshInterval);
                AppConnectionInfo known = lastInfo;
                printer(known == null ? new AppConnectionInfo(null, null, false, null, null, null)
                        : new AppConnectionInfo(known.printerName(), known.printerLocalIp(), false,
                                known.lastConnected(), known.lastDisconnected(), known.printerUrl()));
                report(ConnectionStatus.ONLINE);
            }
            case NOT_SUPPORTER -> {
                // Lasts until the owner renews the perks: no point retrying sooner than the refresh interval.
                scheduleCheck(refreshInterval);
                report(ConnectionStatus.NOT_SUPPORTER);
            }
            default -> {
                failedChecks++;
                scheduleCheck(Backoff.after(failedChecks, refreshInterval));
                report(failure.error() == ApiError.COMMUNICATION ? ConnectionStatus.NO_ANSWER
                        : ConnectionStatus.errorCode(failure.statusCode()));
            }
        }
    }

    private void connectionGone(int code) {
        gone = CallRefusedException.connectionGone(code);
        cancelCheckJob();
        CompletableFuture<AppConnectionInfo> check = pendingCheck;
        if (check != null) {
            check.cancel(true);
        }
        pendingCheck = null;
        // Nothing more can be learnt about the printer through this App Connection.
        lastInfo = null;
        listener.printerChanged(null);
        report(ConnectionStatus.gone(code));
    }

    private void printer(AppConnectionInfo info) {
        lastInfo = info;
        listener.printerChanged(info);
    }

    private void report(ConnectionStatus newStatus) {
        status = newStatus;
        listener.statusChanged(newStatus);
    }
}
