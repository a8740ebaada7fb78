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
package org.openhab.binding.octoeverywhere.internal.printevents;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.PrintEvent;
import org.openhab.binding.octoeverywhere.internal.api.PrintEventType;
import org.openhab.binding.octoeverywhere.internal.printevents.PrintStatus.State;

/**
 * Follows a printer's prints through its notifications: merges each event into the {@link PrintStatus} of the
 * current print, starts afresh when a new print (a new {@code PrintId}) appears, and ignores late events of earlier
 * prints. A field an event does not carry keeps its value.
 *
 * <p>
 * The listener is called with this object's lock held, so concurrent events are shown in the order they were
 * applied.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class PrintTracker {
    /** How many earlier prints are remembered, to recognise their late events. */
    static final int EARLIER_PRINTS = 16;

    /** Receives the changes; called with the tracker's lock held. */
    public interface Listener {
        /**
         * @param newPrint whether the event began a print after one this tracker followed, or started one: what the
         *            status does not tell is then unknown, rather than kept from before (restored after a restart, say)
         */
        void printChanged(PrintStatus status, boolean newPrint);

        /** An event arrived; its name, see {@link PrintEvent#name()}. */
        void eventReceived(String name);

        /** The status again, for a channel openHAB asks to refresh. */
        void printRefreshed(PrintStatus status);
    }

    /** What an event meant beyond the channels. */
    public enum Outcome {
        APPLIED,
        /** The first start of a print: once per print, also when OctoEverywhere sends the start twice. */
        PRINT_STARTED,
        /** An event of an earlier print, which changes nothing. */
        STALE
    }

    private final Clock clock;
    private final Listener listener;

    private PrintStatus status = PrintStatus.UNKNOWN;
    private @Nullable String printId;
    private boolean startSeen;
    private final Set<String> earlierPrints = new LinkedHashSet<>();

    public PrintTracker(Clock clock, Listener listener) {
        this.clock = clock;
        this.listener = listener;
    }

    public synchronized PrintStatus status() {
        return status;
    }

    /** Reports the status again. */
    public synchronized void refresh() {
        listener.printRefreshed(status);
    }

    public synchronized Outcome apply(PrintEvent event) {
        Instant now = clock.instant();
        PrintEventType type = event.type();
        boolean newPrint = false;
        if (type == PrintEventType.TEST) {
            // A test carries made-up print data: it says only that notifications arrive.
            status = merge(status, PrintEvent.withoutData(event.eventType()), status.state(), now);
        } else {
            String id = event.printId();
            if (id != null && !id.equals(printId)) {
                if (earlierPrints.contains(id)) {
                    return Outcome.STALE;
                }
                newPrint = printId != null;
                newPrint(id);
            }
            status = merge(status, event, nextState(status.state(), type), now);
        }
        boolean firstStart = type == PrintEventType.PRINT_STARTED && !startSeen;
        startSeen |= firstStart;
        listener.printChanged(status, newPrint || firstStart);
        listener.eventReceived(event.name());
        return firstStart ? Outcome.PRINT_STARTED : Outcome.APPLIED;
    }

    private void newPrint(String id) {
        String previous = printId;
        if (previous != null) {
            earlierPrints.add(previous);
            if (earlierPrints.size() > EARLIER_PRINTS) {
                earlierPrints.remove(earlierPrints.iterator().next());
            }
        }
        printId = id;
        startSeen = false;
        status = PrintStatus.UNKNOWN;
    }

    /** The state after an event: only the events that say so change it; a late progress cannot undo an end. */
    static @Nullable State nextState(@Nullable State current, @Nullable PrintEventType type) {
        if (type == null) {
            return current;
        }
        return switch (type) {
            case PRINT_STARTED, PRINT_RESUMED -> State.PRINTING;
            case PRINT_COMPLETE -> State.COMPLETE;
            case PRINT_FAILED -> State.FAILED;
            case PRINT_PAUSED, GADGET_PAUSED -> State.PAUSED;
            case PRINT_PROGRESS, GADGET_WARNING, FIRST_LAYER_COMPLETE, THIRD_LAYER_COMPLETE ->
                current == null ? State.PRINTING : current;
            default -> current;
        };
    }

    private static PrintStatus merge(PrintStatus old, PrintEvent event, @Nullable State state, Instant now) {
        Integer remaining = event.timeRemainingSec();
        return new PrintStatus(state, or(event.fileName(), old.file()), or(event.progress(), old.progress()),
                or(event.durationSec(), old.durationSec()), or(remaining, old.timeRemainingSec()),
                remaining != null ? now.plusSeconds(remaining) : old.eta(),
                or(event.currentLayer(), old.currentLayer()), or(event.totalLayers(), old.totalLayers()),
                or(event.zOffsetMm(), old.zOffsetMm()), or(event.snapshotUrl(), old.snapshotUrl()),
                or(event.quickViewUrl(), old.quickViewUrl()), or(errorText(event), old.lastError()), now);
    }

    /** The printer's error text with its code, either alone, or null when the event has neither. */
    static @Nullable String errorText(PrintEvent event) {
        String error = event.error();
        String code = event.platformErrorCode();
        if (error == null) {
            return code;
        }
        return code == null ? error : error + " (" + code + ")";
    }

    private static <T> @Nullable T or(@Nullable T value, @Nullable T otherwise) {
        return value != null ? value : otherwise;
    }
}
