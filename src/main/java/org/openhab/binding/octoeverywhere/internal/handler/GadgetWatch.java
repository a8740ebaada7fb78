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
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.ApiError;
import org.openhab.binding.octoeverywhere.internal.api.GadgetStatus;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereClient;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Gadget, OctoEverywhere's AI failure detection, about the print, as OctoEverywhere asks apps to: only while
 * someone can see the answer (a Gadget channel is linked) and only while a print runs.
 *
 * <p>
 * With print notifications, it asks every {@code interval} from a print's start or resumption until it ends or
 * pauses, and once more when it does, to show how Gadget ended; not at all in between prints. Without them, it asks
 * every refresh interval, and every {@code interval} while Gadget says it is active. Never more often than once every
 * {@value #MIN_SECONDS} seconds, OctoEverywhere's limit per App Connection; never once the App Connection is gone.
 * Its answers never change the thing status, but for a dead token, which it reports to the {@link ConnectionWatch}.
 *
 * <p>
 * The listener is called with this object's lock held; after {@link #stop()} it is not called again.
 */
@NonNullByDefault
public class GadgetWatch {
    public static final int MIN_SECONDS = 10;

    /** Receives Gadget's view; called with the watch's lock held. */
    public interface Listener {
        /** Gadget's last answer, or null when it cannot tell now (the printer is away, the plugin too old, ...). */
        void gadgetChanged(@Nullable GadgetStatus status);
    }

    private final Logger logger = LoggerFactory.getLogger(GadgetWatch.class);
    private final Supplier<CompletableFuture<GadgetStatus>> gadget;
    private final ConnectionWatch connection;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final Duration refreshInterval;
    private final boolean followsPrints;
    private final Listener listener;
    private final String name;

    private boolean stopped = true;
    private boolean linked;
    private boolean printing;
    private boolean active;
    private int failures;
    private @Nullable Instant lastAsked;
    private @Nullable ScheduledFuture<?> job;
    private @Nullable CompletableFuture<GadgetStatus> pending;
    private @Nullable GadgetStatus last;

    /**
     * @param gadget asks Gadget once, as {@link OctoEverywhereClient#getGadgetStatus()} does
     * @param interval how often to ask while a print runs, at least {@value #MIN_SECONDS} seconds
     * @param followsPrints whether print notifications tell when a print runs; else Gadget's own state does
     * @param name the thing, for the log
     */
    public GadgetWatch(
            Supplier<CompletableFuture<GadgetStatus>> gadget,
            ConnectionWatch connection,
            Clock clock,
            ScheduledExecutorService scheduler,
            Duration interval,
            Duration refreshInterval,
            boolean followsPrints,
            Listener listener,
            String name) {
        this.gadget = gadget;
        this.connection = connection;
        this.clock = clock;
        this.scheduler = scheduler;
        this.interval =
                interval.compareTo(Duration.ofSeconds(MIN_SECONDS)) < 0 ? Duration.ofSeconds(MIN_SECONDS) : interval;
        this.refreshInterval = refreshInterval;
        this.followsPrints = followsPrints;
        this.listener = listener;
        this.name = name;
    }

    /**
     * @param linked whether a Gadget channel is linked to an item
     * @param printing whether the print notifications say a print runs
     */
    public synchronized void start(boolean linked, boolean printing) {
        stopped = false;
        this.linked = linked;
        this.printing = printing;
        askSoonIfWanted();
    }

    public synchronized void stop() {
        stopped = true;
        cancelJob();
        CompletableFuture<GadgetStatus> asking = pending;
        if (asking != null) {
            asking.cancel(true);
        }
        pending = null;
    }

    /** Whether a Gadget channel is linked now. */
    public synchronized void linked(boolean linked) {
        if (this.linked != linked) {
            this.linked = linked;
            if (linked) {
                askSoonIfWanted();
            } else {
                cancelJob();
            }
        }
    }

    /** Whether the print notifications say a print runs now. */
    public synchronized void printing(boolean printing) {
        if (this.printing == printing) {
            return;
        }
        this.printing = printing;
        if (!followsPrints) {
            return;
        }
        cancelJob();
        if (printing) {
            askSoonIfWanted();
        } else if (mayAsk() && pending == null) {
            // Once more: the print ended or paused, and Gadget may say it paused it, or is idle now.
            schedule(Duration.ZERO);
        }
    }

    /** Reports Gadget's last answer again, if there was one. */
    public synchronized void republish() {
        GadgetStatus status = last;
        if (!stopped && status != null) {
            listener.gadgetChanged(status);
        }
    }

    /** Whether anything may be asked at all: someone sees it, and the App Connection works. */
    private boolean mayAsk() {
        return !stopped && linked && connection.refusal() == null;
    }

    /** Whether Gadget should be asked regularly now. */
    private boolean wanted() {
        return mayAsk() && (!followsPrints || printing);
    }

    private Duration regularInterval() {
        return followsPrints || active ? interval : refreshInterval;
    }

    private void askSoonIfWanted() {
        if (wanted() && job == null && pending == null) {
            schedule(Duration.ZERO);
        }
    }

    /** Asks after the delay, but never sooner than {@value #MIN_SECONDS} seconds after the last time. */
    private void schedule(Duration delay) {
        cancelJob();
        Instant asked = lastAsked;
        Instant earliest = asked == null ? clock.instant() : asked.plusSeconds(MIN_SECONDS);
        Duration wait = Duration.between(clock.instant(), earliest);
        long millis = Math.max(delay.toMillis(), wait.toMillis());
        job = scheduler.schedule(this::ask, Math.max(0, millis), TimeUnit.MILLISECONDS);
    }

    private void cancelJob() {
        ScheduledFuture<?> scheduled = job;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        job = null;
    }

    private void ask() {
        CompletableFuture<GadgetStatus> asking;
        synchronized (this) {
            job = null;
            if (!mayAsk() || pending != null) {
                return;
            }
            lastAsked = clock.instant();
            asking = gadget.get();
            pending = asking;
        }
        // Outside the lock: an answer that is already there is handled right here, and takes the lock itself.
        asking.whenComplete((status, error) -> answered(asking, status, error));
    }

    private synchronized void answered(
            CompletableFuture<GadgetStatus> asking, @Nullable GadgetStatus status, @Nullable Throwable error) {
        if (stopped || asking != pending) {
            return;
        }
        pending = null;
        if (status != null) {
            failures = 0;
            active = status.state() == GadgetStatus.ACTIVE;
            show(status);
            scheduleIfWanted(regularInterval());
            return;
        }
        OctoEverywhereException failure = Failures.unwrap(error);
        logger.debug("Asking Gadget about {} failed: {}", name, failure.getMessage());
        int code = failure.statusCode();
        if (failure.error() == ApiError.TOKEN_INVALID) {
            show(null);
            connection.callFailed(failure);
        } else if (code == 601 || code == 602 || code == 610 || code == 611) {
            // Gadget cannot tell now (printer away, plugin update needed, no beta access): nothing is known.
            show(null);
            scheduleIfWanted(regularInterval());
        } else {
            failures++;
            Duration backoff = ConnectionWatch.retryDelay(failures, refreshInterval);
            scheduleIfWanted(backoff.compareTo(regularInterval()) > 0 ? backoff : regularInterval());
        }
    }

    private void scheduleIfWanted(Duration delay) {
        if (wanted()) {
            schedule(delay);
        }
    }

    private void show(@Nullable GadgetStatus status) {
        last = status;
        listener.gadgetChanged(status);
    }
}
