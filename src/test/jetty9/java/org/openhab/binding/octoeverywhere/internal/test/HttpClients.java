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
package org.openhab.binding.octoeverywhere.internal.test;

import java.time.Duration;
import java.util.function.ToIntFunction;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.AbstractConnectionPool;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.HttpDestination;
import org.eclipse.jetty.client.api.Destination;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.util.HttpCookieStore;

/**
 * What tests and the benchmark ask of Jetty's HTTP client beyond its requests, on Jetty 9.4.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class HttpClients {
    private HttpClients() {
    }

    /**
     * Stops the client once no connection is still being opened. A request aborted just before may have left the
     * address lookup of its new connection queued on the client's executor; a client stopped under it logs a
     * RejectedExecutionException.
     */
    public static void stopWhenSettled(HttpClient client, Duration max) throws Exception {
        long deadline = System.nanoTime() + max.toNanos();
        while (sumOverPools(client, AbstractConnectionPool::getPendingConnectionCount) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        client.stop();
    }

    /** A count summed over the connection pools of all the client's destinations. */
    public static int sumOverPools(HttpClient client, ToIntFunction<AbstractConnectionPool> count) {
        int sum = 0;
        for (Destination destination : client.getDestinations()) {
            if (destination instanceof HttpDestination http
                    && http.getConnectionPool() instanceof AbstractConnectionPool pool) {
                sum += count.applyAsInt(pool);
            }
        }
        return sum;
    }

    /**
     * Whether no request is queued or under way: every request sent so far has reached the server and been answered.
     */
    public static boolean idle(HttpClient client) {
        boolean queued = client.getDestinations().stream().anyMatch(
                destination -> destination instanceof HttpDestination http && http.getQueuedRequestCount() > 0);
        return !queued && sumOverPools(client, AbstractConnectionPool::getActiveConnectionCount) == 0;
    }

    /** Adds a header to the request. */
    public static void header(Request request, String name, String value) {
        request.header(name, value);
    }

    /** Makes the client keep no cookies: a test sends them itself, as a browser would, or leaves them out. */
    public static void withoutCookies(HttpClient client) {
        client.setCookieStore(new HttpCookieStore.Empty());
    }
}
