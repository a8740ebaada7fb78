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
package org.openhab.core.io.net.http;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Creates Jetty HTTP clients. The HTTP/2 members of openHAB's interface are not declared.
 * <p>
 * Declaration of openHAB's {@code HttpClientFactory} for building without openHAB's artifact repository; see
 * DEVELOPING.md. It only declares a subset of openHAB's abstract methods, so the binding must not implement it (tests
 * may mock it).
 */
@NonNullByDefault
public interface HttpClientFactory {

    /**
     * @param consumerName 4 to 20 characters of {@code [a-zA-Z0-9-_]}, naming the client's threads
     * @return a new client, not started
     * @throws IllegalArgumentException if the consumer name is not valid
     */
    HttpClient createHttpClient(String consumerName);

    /**
     * @param consumerName see {@link #createHttpClient(String)}
     * @param sslContextFactory the TLS settings, or null for openHAB's
     * @return a new client, not started
     * @throws IllegalArgumentException if the consumer name is not valid
     */
    HttpClient createHttpClient(String consumerName, @Nullable SslContextFactory sslContextFactory);

    /**
     * @return the shared, started client (do not change or stop it)
     */
    HttpClient getCommonHttpClient();
}
