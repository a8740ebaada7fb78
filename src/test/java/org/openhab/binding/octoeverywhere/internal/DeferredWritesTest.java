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
package org.openhab.binding.octoeverywhere.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.api.LiveLink;
import org.openhab.binding.octoeverywhere.internal.livelink.LiveLinkStore;
import org.openhab.binding.octoeverywhere.internal.test.ManualClock;
import org.openhab.binding.octoeverywhere.internal.test.ManualScheduler;
import org.openhab.binding.octoeverywhere.internal.test.MemoryStorage;

/**
 * Writes to openHAB's database happen on the executor, newest value first, and reads see them before they are
 * written.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class DeferredWritesTest {
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final ManualScheduler executor = new ManualScheduler(new ManualClock(NOW));
    private final List<Map<String, String>> written = new CopyOnWriteArrayList<>();
    private final DeferredWrites<String> writes = new DeferredWrites<>(executor, written::add);

    @Test
    void valuesOfferedWhileAWriteWaitsJoinItAndTheNewestWins() {
        writes.offer(Map.of("printerName", "Prusa", "printerId", "id-1"));
        writes.offer(Map.of("printerName", "Prusa MK4"));
        assertEquals(List.of(), written, "nothing is written on the caller's thread");
        assertEquals("Prusa MK4", writes.pending("printerName"));
        assertEquals(1, executor.pendingCount(), "one write for both");

        executor.runDue();
        assertEquals(List.of(Map.of("printerName", "Prusa MK4", "printerId", "id-1")), written);
        assertNull(writes.pending("printerName"));
    }

    @Test
    void aValueOfferedAfterAWriteIsWrittenNext() {
        writes.offer(Map.of("a", "1"));
        executor.runDue();
        writes.offer(Map.of("a", "2"));
        executor.runDue();
        assertEquals(List.of(Map.of("a", "1"), Map.of("a", "2")), written);
    }

    @Test
    void nothingOfferedIsNothingScheduled() {
        writes.offer(Map.of());
        assertEquals(0, executor.pendingCount());
    }

    @Test
    void aValueIsReadFromHereUntilItIsWritten() {
        List<@Nullable String> seenWhileWriting = new ArrayList<>();
        DeferredWrites<String>[] self = new DeferredWrites[1];
        self[0] = new DeferredWrites<>(executor, values -> seenWhileWriting.add(self[0].pending("a")));
        self[0].offer(Map.of("a", "1"));
        executor.runDue();
        assertEquals(List.of("1"), seenWhileWriting, "the database may not have it yet");
        assertNull(self[0].pending("a"), "written: read from the database from now on");
    }

    @Test
    void aValueOfferedWhileAWriteIsUnderWayIsKeptAndWrittenNext() {
        DeferredWrites<String>[] self = new DeferredWrites[1];
        self[0] = new DeferredWrites<>(executor, values -> {
            written.add(values);
            if (written.size() == 1) {
                self[0].offer(Map.of("a", "2"));
            }
        });
        self[0].offer(Map.of("a", "1"));
        executor.runDue();
        assertEquals(List.of(Map.of("a", "1"), Map.of("a", "2")), written, "the newer value is not taken for written");
        assertNull(self[0].pending("a"));
    }

    @Test
    void theLinkStoreReadsItsWritesBeforeTheyReachTheStorage() {
        MemoryStorage storage = new MemoryStorage();
        LiveLinkStore store = new LiveLinkStore(storage, executor);
        String connection = LiveLinkStore.fingerprint(URI.create("https://octoeverywhere.com"), "token");
        LiveLink link = new LiveLink("l1", "https://octoeverywhere.com/live/l1", null, NOW.plus(Duration.ofHours(1)));

        store.save("thing", connection, link);
        assertEquals(List.of(), List.copyOf(storage.getKeys()), "written later, on the executor");
        assertEquals(link, store.restore("thing", connection, NOW));
        store.remove("thing");
        assertNull(store.restore("thing", connection, NOW));

        executor.runDue();
        assertEquals(List.of(), List.copyOf(storage.getKeys()));
    }
}
