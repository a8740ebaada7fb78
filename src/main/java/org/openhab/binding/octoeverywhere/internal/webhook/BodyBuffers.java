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
package org.openhab.binding.octoeverywhere.internal.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The buffers of the notification bodies that are still on their way: at most {@value #MAX_OPEN} at once, at most
 * {@value #MAX_PER_SENDER} of them for one address, each at most {@value #MAX_BODY_BYTES} bytes. However many
 * connections send a body slowly, they hold no more than about 260 KB of the binding's memory, and one sender cannot
 * take every buffer from the printer.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class BodyBuffers {
    /** Room to spare: the largest notification OctoEverywhere documents is about 2 KB. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    static final int MAX_OPEN = 16;
    static final int MAX_PER_SENDER = 4;

    private final Map<String, Integer> openBySender = new HashMap<>();
    private int open;

    /**
     * @param sender the sender's address
     * @param declaredLength the body's length as its request declares it, or -1 when it does not
     * @return a buffer, or null when every buffer, or every buffer this sender may have, is taken
     */
    synchronized @Nullable Buffer take(String sender, long declaredLength) {
        int bySender = openBySender.getOrDefault(sender, 0);
        if (open >= MAX_OPEN || bySender >= MAX_PER_SENDER) {
            return null;
        }
        open++;
        openBySender.put(sender, bySender + 1);
        int size = declaredLength >= 0 && declaredLength <= MAX_BODY_BYTES ? (int) declaredLength : MAX_BODY_BYTES;
        // One byte more than allowed, to see a body that is too long.
        return new Buffer(sender, size + 1);
    }

    /** How many buffers are taken now. */
    synchronized int open() {
        return open;
    }

    /** The most bytes the taken buffers hold now. */
    synchronized long capacity() {
        return (long) open * (MAX_BODY_BYTES + 1);
    }

    private synchronized void give(String sender) {
        open--;
        openBySender.computeIfPresent(sender, (address, count) -> count > 1 ? count - 1 : null);
    }

    /** One body on its way; given back once, by whoever ends its request. */
    final class Buffer {
        private final String sender;
        private final byte[] bytes;
        private int length;
        private boolean given;

        private Buffer(String sender, int size) {
            this.sender = sender;
            this.bytes = new byte[size];
        }

        /**
         * Reads what the stream has ready, once.
         *
         * @return false when the body has grown beyond {@value BodyBuffers#MAX_BODY_BYTES} bytes, or its declared
         *         length
         */
        boolean read(InputStream in) throws IOException {
            int read = in.read(bytes, length, bytes.length - length);
            if (read > 0) {
                length += read;
            }
            return length < bytes.length;
        }

        byte[] body() {
            return Arrays.copyOf(bytes, length);
        }

        /** Gives the buffer back; later calls do nothing. */
        void giveBack() {
            synchronized (BodyBuffers.this) {
                if (given) {
                    return;
                }
                given = true;
            }
            give(sender);
        }
    }
}
