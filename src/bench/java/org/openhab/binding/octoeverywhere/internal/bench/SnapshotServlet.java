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
package org.openhab.binding.octoeverywhere.internal.bench;

import java.io.IOException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A printer's webcam on the LAN: answers every GET with the same {@code image/jpeg}, by default of
 * {@value #FULL_HD_JPEG} bytes, the size of a 1080p JPEG snapshot, and counts the fetches that reach it and the
 * answers it wrote whole.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class SnapshotServlet extends HttpServlet {
    static final String PATH = "/snapshot/*";
    static final int FULL_HD_JPEG = 300 * 1024;

    private static final long serialVersionUID = 1L;

    private transient volatile byte[] image = image(FULL_HD_JPEG);

    private final transient AtomicInteger fetches = new AtomicInteger();
    private final transient AtomicInteger answered = new AtomicInteger();
    private transient volatile long lastAnswered;

    @Override
    protected void doGet(@Nullable HttpServletRequest request, @Nullable HttpServletResponse response)
            throws IOException {
        if (request != null && response != null) {
            fetches.incrementAndGet();
            response.setContentType("image/jpeg");
            byte[] picture = image;
            response.setContentLength(picture.length);
            response.getOutputStream().write(picture);
            response.flushBuffer();
            lastAnswered = System.nanoTime();
            answered.incrementAndGet();
        }
    }

    /** Fetches that reached the servlet so far. */
    int fetches() {
        return fetches.get();
    }

    /** Pictures written whole so far. */
    int answered() {
        return answered.get();
    }

    /** System.nanoTime() when the last picture was written whole. */
    long lastAnswered() {
        return lastAnswered;
    }

    /** Answers every fetch from now on with a picture of that many bytes. */
    void serve(int bytes) {
        image = image(bytes);
    }

    /** A JPEG's start and end markers around bytes that do not compress: what goes over the wire is the size. */
    private static byte[] image(int bytes) {
        byte[] image = new byte[bytes];
        new Random(1080).nextBytes(image);
        image[0] = (byte) 0xFF;
        image[1] = (byte) 0xD8;
        image[bytes - 2] = (byte) 0xFF;
        image[bytes - 1] = (byte) 0xD9;
        return image;
    }
}
