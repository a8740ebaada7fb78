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
package org.openhab.binding.octoeverywhere.internal.snapshot;

import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.CHANNEL_SNAPSHOT;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.octoeverywhere.internal.ThingOutput;
import org.openhab.binding.octoeverywhere.internal.http.HttpAnswer;
import org.openhab.binding.octoeverywhere.internal.http.HttpCall;
import org.openhab.binding.octoeverywhere.internal.http.JettyCalls;
import org.openhab.core.library.types.RawType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The print's picture on the Image channel: when a notification brings a new webcam snapshot address, the picture is
 * fetched once, without holding a thread, and shown. Only {@code https} addresses are fetched (plain {@code http}
 * only from the printer's own LAN address), redirects only to the same host, nothing but the address is sent (no
 * token, no secret), at most {@value #MAX_BYTES} bytes of an {@code image/*} answer within {@link #TIMEOUT}. A
 * failed fetch leaves the channel as it was; a picture that arrives after a newer one is dropped. Neither the address
 * nor the picture is ever logged.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class PrintSnapshot {
    /** A 1080p JPEG from a printer's webcam is 150 to 600 KB; 4 MB leaves room for large PNGs. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final int MAX_REDIRECTS = 2;

    private final Logger logger = LoggerFactory.getLogger(PrintSnapshot.class);
    private final HttpClient httpClient;
    private final ScheduledExecutorService scheduler;
    private final ThingOutput output;
    private final Supplier<@Nullable String> printerLocalIp;
    private final String thingUID;

    private @Nullable String lastAddress;
    /** How many fetches were started; each gets the next number. */
    private long started;
    /** The number of the fetch whose picture is shown. */
    private long shownFetch;

    private @Nullable RawType shown;
    private boolean closed;

    /**
     * @param httpClient the started client pictures are fetched with, used for nothing that carries a secret
     * @param printerLocalIp the printer's LAN address as OctoEverywhere told it, or null
     * @param thingUID the thing, for the log
     */
    public PrintSnapshot(HttpClient httpClient, ScheduledExecutorService scheduler, ThingOutput output,
            Supplier<@Nullable String> printerLocalIp, String thingUID) {
        this.httpClient = httpClient;
        this.scheduler = scheduler;
        this.output = output;
        this.printerLocalIp = printerLocalIp;
        this.thingUID = thingUID;
    }

    /**
     * A notification brought this snapshot address: fetches its picture unless it is the last one's. Returns at once.
     */
    public synchronized void addressReceived(String address) {
        if (closed || address.equals(lastAddress)) {
            return;
        }
        lastAddress = address;
        URI uri = allowed(address, null);
        if (uri == null) {
            logger.debug("The snapshot of {} is not fetched: its address is not https", thingUID);
            return;
        }
        fetch(uri, ++started, MAX_REDIRECTS);
    }

    /** Shows the last picture again, if there is one. */
    public synchronized void refresh() {
        RawType picture = shown;
        if (!closed && picture != null) {
            output.updateState(CHANNEL_SNAPSHOT, picture);
        }
    }

    /** Shows nothing more: the thing is being removed. */
    public synchronized void close() {
        closed = true;
    }

    private void fetch(URI uri, long fetch, int redirectsLeft) {
        CompletableFuture<HttpAnswer> answer = JettyCalls.send(httpClient,
                HttpCall.get(uri, Map.of("Accept", "image/*"), MAX_BYTES, TIMEOUT), scheduler);
        answer.whenComplete((result, failure) -> {
            if (failure != null) {
                logger.debug("The snapshot of {} could not be fetched: {}", thingUID,
                        failure.getClass().getSimpleName());
            } else {
                answered(uri, fetch, redirectsLeft, result);
            }
        });
    }

    private synchronized void answered(URI uri, long fetch, int redirectsLeft, HttpAnswer answer) {
        int status = answer.status();
        String location = answer.location();
        if (status >= 300 && status < 400 && location != null) {
            URI next = redirectsLeft > 0 ? allowed(location, uri) : null;
            if (next == null) {
                logger.debug("The snapshot of {} is not fetched: a redirect to another host", thingUID);
            } else {
                fetch(next, fetch, redirectsLeft - 1);
            }
            return;
        }
        String mimeType = imageType(answer.contentType());
        if (status != 200 || mimeType == null || answer.body().length == 0) {
            logger.debug("The snapshot of {} is not shown: answer {} of type {}", thingUID, status,
                    answer.contentType());
            return;
        }
        if (closed || fetch < shownFetch) {
            // A newer notification's picture is shown already.
            return;
        }
        shownFetch = fetch;
        RawType picture = new RawType(answer.body(), mimeType);
        shown = picture;
        output.updateState(CHANNEL_SNAPSHOT, picture);
    }

    /**
     * The address, resolved against the one it redirects from, if it may be fetched: https, or http to the printer's
     * LAN address; no user name; for a redirect, the same host.
     */
    private @Nullable URI allowed(String address, @Nullable URI from) {
        URI uri;
        try {
            uri = from == null ? new URI(address) : from.resolve(new URI(address));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || uri.getRawUserInfo() != null) {
            return null;
        }
        if (from != null && !host.equalsIgnoreCase(String.valueOf(from.getHost()))) {
            return null;
        }
        boolean lan = "http".equals(scheme) && host.equals(printerLocalIp.get());
        return "https".equals(scheme) || lan ? uri : null;
    }

    /** The MIME type of an image answer, without parameters, or null for any other answer. */
    private static @Nullable String imageType(@Nullable String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.startsWith("image/") && type.length() > "image/".length() ? type : null;
    }
}
