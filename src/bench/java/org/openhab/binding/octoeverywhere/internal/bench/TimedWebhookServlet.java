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
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterRegistry;
import org.openhab.binding.octoeverywhere.internal.webhook.WebhookServlet;

/**
 * The binding's webhook servlet, timed from the request to the answer: for a notification that arrives whole, as
 * every one in the benchmark does, the answer is written before {@code service} returns.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class TimedWebhookServlet extends WebhookServlet {
    private static final long serialVersionUID = 1L;
    private transient volatile long[] samples = new long[0];
    private final transient AtomicInteger next = new AtomicInteger();

    TimedWebhookServlet(PrinterRegistry registry) {
        super(registry);
    }

    /** Times the next {@code count} requests, and only those. */
    void measure(int count) {
        samples = new long[count];
        next.set(0);
    }

    /** The times of the requests since {@link #measure(int)}, in nanoseconds. */
    long[] measured() {
        return Arrays.copyOf(samples, Math.min(next.get(), samples.length));
    }

    @Override
    protected void service(@Nullable HttpServletRequest request, @Nullable HttpServletResponse response)
            throws IOException {
        long start = System.nanoTime();
        super.service(request, response);
        long took = System.nanoTime() - start;
        long[] into = samples;
        int slot = next.getAndIncrement();
        if (slot < into.length) {
            into[slot] = took;
        }
    }
}
