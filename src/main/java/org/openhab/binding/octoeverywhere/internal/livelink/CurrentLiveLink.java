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
package org.openhab.binding.octoeverywhere.internal.livelink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.Failures;
import org.openhab.binding.octoeverywhere.internal.api.LiveLink;
import org.openhab.binding.octoeverywhere.internal.api.LiveLinkRequest;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereClient;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;
import org.openhab.binding.octoeverywhere.internal.connection.AppConnection;
import org.openhab.binding.octoeverywhere.internal.connection.CallRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A printer's current Live Link and its lifetime: creates links (identical requests under way share one HTTP
 * request), keeps the current one in the {@link LiveLinkStore} so it survives a restart, and clears a timed one when
 * it expires. Every call of {@link #create} gets its own outcome.
 *
 * <p>
 * The listener is called with this object's lock held, so an older answer can never overwrite a newer link; after
 * {@link #stop()} it is not called again. Lock order: this object, then the {@link AppConnection}.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class CurrentLiveLink {

    /** Receives the changes of the current link; called with this object's lock held. */
    public interface Listener {
        /** The current link, or null when there is none. */
        void linkChanged(@Nullable LiveLink link);

        /** A timed link expired; {@link #linkChanged} has already reported that there is none. */
        void linkExpired();
    }

    private final Logger logger = LoggerFactory.getLogger(CurrentLiveLink.class);
    private final OctoEverywhereClient client;
    private final AppConnection connection;
    private final LiveLinkStore store;
    private final String thingUID;
    private final String connectionFingerprint;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Listener listener;

    private boolean stopped;
    private @Nullable LiveLink link;
    private @Nullable ScheduledFuture<?> expiryJob;
    private final Map<LiveLinkRequest, InFlight> inFlight = new HashMap<>();

    /** One HTTP request, and every caller waiting for its answer. */
    private record InFlight(CompletableFuture<LiveLink> sent, List<CompletableFuture<LiveLink>> callers) {
    }

    /**
     * @param thingUID the thing's UID: its key in the store and its name in log lines
     * @param connectionFingerprint the fingerprint of the App Connection the client speaks for, see
     *            {@link LiveLinkStore#fingerprint}
     */
    public CurrentLiveLink(OctoEverywhereClient client, AppConnection connection, LiveLinkStore store, String thingUID,
            String connectionFingerprint, Clock clock, ScheduledExecutorService scheduler, Listener listener) {
        this.client = client;
        this.connection = connection;
        this.store = store;
        this.thingUID = thingUID;
        this.connectionFingerprint = connectionFingerprint;
        this.clock = clock;
        this.scheduler = scheduler;
        this.listener = listener;
    }

    /** Restores the stored link if it is still valid and belongs to this App Connection, and reports it. */
    public synchronized void start() {
        LiveLink restored = store.restore(thingUID, connectionFingerprint, clock.instant());
        link = restored;
        listener.linkChanged(restored);
        if (restored != null) {
            scheduleExpiry(restored);
        }
    }

    /** Aborts the requests under way, whose callers fail at once, and forgets the link (the store keeps it). */
    public void stop() {
        List<CompletableFuture<LiveLink>> waiting = new ArrayList<>();
        synchronized (this) {
            stopped = true;
            cancelExpiry();
            link = null;
            for (InFlight flight : inFlight.values()) {
                flight.sent().cancel(true);
                waiting.addAll(flight.callers());
            }
            inFlight.clear();
        }
        CallRefusedException stoppedFirst = CallRefusedException.stopped();
        waiting.forEach(caller -> caller.completeExceptionally(stoppedFirst));
    }

    public synchronized @Nullable LiveLink get() {
        return link;
    }

    /** Reports the current link again. */
    public synchronized void republish() {
        if (!stopped) {
            listener.linkChanged(link);
        }
    }

    /**
     * Asks OctoEverywhere for a link, unless an identical request is under way, whose answer then serves this call
     * too. Returns at once; the future completes after the listener has heard of the new link, or fails with an
     * {@link OctoEverywhereException} or a {@link CallRefusedException}.
     */
    public CompletableFuture<LiveLink> create(LiveLinkRequest request) {
        CompletableFuture<LiveLink> caller = new CompletableFuture<>();
        InFlight sent = null;
        synchronized (this) {
            CallRefusedException refusal = stopped ? CallRefusedException.notRunning() : connection.refusal();
            if (refusal != null) {
                caller.completeExceptionally(refusal);
                return caller;
            }
            InFlight flight = inFlight.get(request);
            if (flight == null) {
                flight = new InFlight(client.createLiveLink(request), new ArrayList<>());
                inFlight.put(request, flight);
                sent = flight;
            }
            flight.callers().add(caller);
        }
        if (sent != null) {
            // Outside the lock: an answer that is already there is handled right here, and takes the lock itself.
            InFlight flight = sent;
            flight.sent().whenComplete((answer, error) -> answered(request, flight, answer, error));
        }
        return caller;
    }

    private void answered(LiveLinkRequest request, InFlight flight, @Nullable LiveLink answer,
            @Nullable Throwable error) {
        List<CompletableFuture<LiveLink>> callers;
        LiveLink created = null;
        Exception failure;
        synchronized (this) {
            if (stopped || !inFlight.remove(request, flight)) {
                // stop() has answered the callers already
                return;
            }
            callers = flight.callers();
            if (answer == null) {
                OctoEverywhereException apiFailure = Failures.unwrap(error);
                logger.debug("Creating a Live Link for {} failed: {}", thingUID, apiFailure.getMessage());
                connection.callFailed(apiFailure);
                failure = apiFailure;
            } else {
                // A link that arrives after the App Connection was declared gone is not shown: the thing says the
                // token is dead, and this call is told so.
                failure = connection.refusal();
                if (failure == null) {
                    accept(answer);
                    connection.callSucceeded();
                    created = answer;
                }
            }
        }
        for (CompletableFuture<LiveLink> caller : callers) {
            if (created != null) {
                caller.complete(created);
            } else if (failure != null) {
                caller.completeExceptionally(failure);
            }
        }
    }

    private void accept(LiveLink created) {
        // Not the address: whoever reads the log could watch the printer with it.
        logger.debug("Live Link created for {}, expires {}", thingUID,
                created.expires() == null ? "when the print completes" : created.expires());
        link = created;
        store.save(thingUID, connectionFingerprint, created);
        scheduleExpiry(created);
        listener.linkChanged(created);
    }

    private void scheduleExpiry(LiveLink timed) {
        cancelExpiry();
        Instant expires = timed.expires();
        if (expires != null) {
            long delay = Math.max(0, Duration.between(clock.instant(), expires).toMillis());
            expiryJob = scheduler.schedule(() -> expire(timed), delay, TimeUnit.MILLISECONDS);
        }
    }

    private void cancelExpiry() {
        ScheduledFuture<?> job = expiryJob;
        if (job != null) {
            job.cancel(false);
        }
        expiryJob = null;
    }

    private synchronized void expire(LiveLink expired) {
        if (stopped || !expired.equals(link)) {
            return;
        }
        link = null;
        expiryJob = null;
        store.remove(thingUID);
        listener.linkChanged(null);
        listener.linkExpired();
    }
}
