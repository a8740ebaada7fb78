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
package org.openhab.binding.octoeverywhere.internal.gadget;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.ApiError;
import org.openhab.binding.octoeverywhere.internal.api.Failures;
import org.openhab.binding.octoeverywhere.internal.api.GadgetStatus;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;
import org.openhab.binding.octoeverywhere.internal.connection.AppConnection;
import org.openhab.binding.octoeverywhere.internal.connection.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Gadget, OctoEverywhere's AI failure detection, about the print, as OctoEverywhere asks apps to: only while
 * someone can see the answer (a Gadget channel is linked) and only while a print runs.
 *
 * <p>
 * It asks every {@code interval} while Gadget says it is active, else every refresh interval. With print
 * notifications, it also asks every {@code interval} in the first {@link GadgetPace#START_GRACE} of a print (Gadget
 * takes a moment to begin), asks once more when the print ends or pauses, to show how Gadget ended, and not at all
 * in between prints; should the end of a print never be told, it goes on at the refresh interval until a
 * notification says so. Never more often than the {@link GadgetPace} allows, OctoEverywhere's limit per App
 * Connection; never once the App Connection is gone. Its answers never change the thing status, but for a dead
 * token, which it reports to the {@link AppConnection}.
 *
 * <p>
 * The listener is called with this object's lock held; after {@link #stop()} it is not called again.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
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
    private final AppConnection connection;
    private final GadgetPace pace;
    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final Duration refreshInterval;
    private final boolean followsPrints;
    private final Listener listener;
    private final String thingUID;

    private boolean stopped = true;
    private boolean linked;
    private boolean printing;
    private boolean active;
    /** Whether the print ended while a question was under way: one more is asked when its answer is in. */
    private boolean finalOwed;

    private int failures;
    /** Counts the jobs scheduled or cancelled; a job that is not the newest one asks nothing. */
    private long generation;

    private @Nullable ScheduledFuture<?> job;
    private @Nullable CompletableFuture<GadgetStatus> pending;
    private @Nullable GadgetStatus last;

    /**
     * @param gadget asks Gadget once, as {@code OctoEverywhereClient.getGadgetStatus()} does
     * @param pace when Gadget may be asked, shared with the thing's earlier watches
     * @param interval how often to ask while a print runs, at least {@value #MIN_SECONDS} seconds
     * @param followsPrints whether print notifications tell when a print runs; else Gadget's own state does
     * @param thingUID the thing, for the log
     */
    public GadgetWatch(Supplier<CompletableFuture<GadgetStatus>> gadget, AppConnection connection, GadgetPace pace,
            ScheduledExecutorService scheduler, Duration interval, Duration refreshInterval, boolean followsPrints,
            Listener listener, String thingUID) {
        this.gadget = gadget;
        this.connection = connection;
        this.pace = pace;
        this.scheduler = scheduler;
        this.interval = interval.compareTo(Duration.ofSeconds(MIN_SECONDS)) < 0 ? Duration.ofSeconds(MIN_SECONDS)
                : interval;
        this.refreshInterval = refreshInterval;
        this.followsPrints = followsPrints;
        this.listener = listener;
        this.thingUID = thingUID;
    }

    /**
     * Starts with no print running; {@link #setPrinting(boolean)} tells otherwise.
     *
     * @param linked whether a Gadget channel is linked to an item
     */
    public synchronized void start(boolean linked) {
        stopped = false;
        this.linked = linked;
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
    public synchronized void setLinked(boolean linked) {
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
    public synchronized void setPrinting(boolean printing) {
        if (this.printing == printing) {
            return;
        }
        this.printing = printing;
        if (!followsPrints) {
            return;
        }
        if (printing) {
            askSoonIfWanted();
        } else if (mayAsk()) {
            // Once more: the print ended or paused, and Gadget may say it paused it, or is idle now.
            cancelJob();
            if (pending == null) {
                schedule(Duration.ZERO);
            } else {
                finalOwed = true;
            }
        } else {
            cancelJob();
        }
    }

    /**
     * The notifications told of a print starting or resuming: also when they never told the previous one ended, so
     * Gadget is asked closely again.
     */
    public synchronized void printStarted() {
        if (!followsPrints) {
            return;
        }
        pace.printStarted();
        finalOwed = false;
        cancelJob();
        askSoonIfWanted();
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
        return active || (followsPrints && pace.printStarting()) ? interval : refreshInterval;
    }

    private void askSoonIfWanted() {
        if (wanted() && job == null && pending == null) {
            schedule(Duration.ZERO);
        }
    }

    /** Asks after the delay, but never sooner than the pace allows. */
    private void schedule(Duration delay) {
        cancelJob();
        long millis = Math.max(delay.toMillis(), pace.millisUntilAllowed());
        long ticket = generation;
        job = scheduler.schedule(() -> ask(ticket), millis, TimeUnit.MILLISECONDS);
    }

    private void cancelJob() {
        generation++;
        ScheduledFuture<?> scheduled = job;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        job = null;
    }

    private void ask(long ticket) {
        CompletableFuture<GadgetStatus> asking;
        synchronized (this) {
            // A job that already ran when it was cancelled or replaced, and waited for the lock.
            if (ticket != generation) {
                return;
            }
            job = null;
            if (!mayAsk() || pending != null) {
                return;
            }
            if (!pace.take()) {
                // An earlier watch of this thing asked a moment ago.
                schedule(Duration.ZERO);
                return;
            }
            asking = gadget.get();
            pending = asking;
        }
        // Outside the lock: an answer that is already there is handled right here, and takes the lock itself.
        asking.whenComplete((status, error) -> answered(asking, status, error));
    }

    private synchronized void answered(CompletableFuture<GadgetStatus> asking, @Nullable GadgetStatus status,
            @Nullable Throwable error) {
        if (stopped || !asking.equals(pending)) {
            return;
        }
        pending = null;
        Duration next = next(status, error);
        if (finalOwed) {
            finalOwed = false;
            if (mayAsk()) {
                schedule(Duration.ZERO);
            }
        } else if (next != null && wanted()) {
            schedule(next);
        }
    }

    /** Shows the answer; when to ask next, or null when not at all. */
    private @Nullable Duration next(@Nullable GadgetStatus status, @Nullable Throwable error) {
        if (status != null) {
            failures = 0;
            active = status.state() == GadgetStatus.ACTIVE;
            show(status);
            return regularInterval();
        }
        OctoEverywhereException failure = Failures.unwrap(error);
        logger.debug("Asking Gadget about {} failed: {}", thingUID, failure.getMessage());
        int code = failure.statusCode();
        if (failure.error() == ApiError.TOKEN_INVALID) {
            show(null);
            connection.callFailed(failure);
            return null;
        }
        if (code == 601 || code == 602 || code == 610 || code == 611) {
            // Gadget cannot tell now (printer away, plugin update needed, no beta access): nothing is known.
            show(null);
            return regularInterval();
        }
        failures++;
        Duration backoff = Backoff.after(failures, refreshInterval);
        return backoff.compareTo(regularInterval()) > 0 ? backoff : regularInterval();
    }

    private void show(@Nullable GadgetStatus status) {
        last = status;
        listener.gadgetChanged(status);
    }
}
