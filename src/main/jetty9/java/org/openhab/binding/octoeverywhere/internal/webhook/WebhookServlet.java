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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.ReadListener;
import javax.servlet.Servlet;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterRegistry;
import org.openhab.binding.octoeverywhere.internal.webhook.WebhookReceiver.Reply;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives OctoEverywhere's notification webhooks in openHAB's HTTP server, which anyone on the LAN can reach without
 * logging in: every request is authenticated by the secret key in its body (see {@link WebhookReceiver}).
 *
 * <p>
 * A body that has arrived whole, as a notification does, is read at once. One still on its way is read without
 * holding a thread, into one of a few {@link BodyBuffers}; when they are all taken, or the server offers no
 * asynchronous reading, the request is refused with 503 at once. A body must arrive within 10 s, and be at most
 * {@value BodyBuffers#MAX_BODY_BYTES} bytes long. The answer never
 * waits on the network, well within the 10 s OctoEverywhere waits. Neither the secret nor the body is ever logged;
 * one debug line per request says what was done.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName(OctoEverywhereBindingConstants.WEBHOOK_PATH)
@HttpWhiteboardServletPattern(OctoEverywhereBindingConstants.WEBHOOK_PATH)
@HttpWhiteboardServletAsyncSupported
@NonNullByDefault
public class WebhookServlet extends HttpServlet {
    public static final int MAX_BODY_BYTES = BodyBuffers.MAX_BODY_BYTES;
    /** How long a request may take to send its body; OctoEverywhere gives up after 10 s anyway. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private static final long serialVersionUID = 1L;
    private static final String TEXT = "text/plain;charset=UTF-8";

    private final Logger logger = LoggerFactory.getLogger(WebhookServlet.class);
    private final transient WebhookReceiver receiver;
    private final transient BodyBuffers buffers = new BodyBuffers();
    private final long readTimeoutMillis;

    @Activate
    public WebhookServlet(@Reference PrinterRegistry printers) {
        this(printers, Clock.systemUTC(), READ_TIMEOUT);
    }

    /**
     * @param clock tells when a sender of wrong secret keys may send again
     * @param readTimeout how long a request may take to send its body
     */
    WebhookServlet(PrinterRegistry printers, Clock clock, Duration readTimeout) {
        this.receiver = new WebhookReceiver(printers, clock);
        this.readTimeoutMillis = readTimeout.toMillis();
    }

    @Override
    protected void service(@Nullable HttpServletRequest request, @Nullable HttpServletResponse response)
            throws IOException {
        if (request == null || response == null) {
            return;
        }
        String from = String.valueOf(request.getRemoteAddr());
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            answer(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Only POST is accepted.", from);
            return;
        }
        long length = request.getContentLengthLong();
        if (length > MAX_BODY_BYTES) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The body is too large.", from);
            return;
        }
        ServletInputStream in = request.getInputStream();
        if (length >= 0 && in.available() >= length) {
            // The whole body is here already, as a notification is small: read it on this thread.
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The body is too large.", from);
            } else {
                answer(response, receiver.receive(body, from), from);
            }
            return;
        }
        if (!request.isAsyncSupported()) {
            // The whiteboard ignored the async property: waiting for the rest would hold a server thread for as long
            // as the sender likes, with no time limit.
            answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The body must arrive at once.", from);
            return;
        }
        BodyBuffers.Buffer buffer = buffers.take(from, length);
        if (buffer == null) {
            answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Too many bodies on their way.", from);
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(readTimeoutMillis);
        BodyReader reader = new BodyReader(in, buffer, async, response, from);
        async.addListener(reader);
        in.setReadListener(reader);
    }

    /** How many bodies on their way are buffered now, and how many bytes their buffers may hold. */
    BodyBuffers buffers() {
        return buffers;
    }

    private void answer(HttpServletResponse response, Reply reply, String from) throws IOException {
        logger.debug("Webhook from {}: {}, {}", from, reply.status(), reply.log());
        write(response, reply.status(), reply.text());
    }

    private void answer(HttpServletResponse response, int status, String text, String from) throws IOException {
        answer(response, new Reply(status, text, text), from);
    }

    private static void write(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(TEXT);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * Reads the body as it arrives and answers once, when it is complete, too large, broken off or too slow; gives the
     * buffer back then.
     */
    private final class BodyReader implements ReadListener, AsyncListener {
        private final ServletInputStream in;
        private final BodyBuffers.Buffer buffer;
        private final AsyncContext async;
        private final HttpServletResponse response;
        private final String from;
        private final AtomicBoolean answered = new AtomicBoolean();

        BodyReader(ServletInputStream in, BodyBuffers.Buffer buffer, AsyncContext async, HttpServletResponse response,
                String from) {
            this.in = in;
            this.buffer = buffer;
            this.async = async;
            this.response = response;
            this.from = from;
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (in.isReady() && !in.isFinished() && !answered.get()) {
                if (!buffer.read(in)) {
                    // Answered without reading the rest: Jetty closes the connection instead.
                    end(() -> answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                            "The body is too large.", from));
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() throws IOException {
            end(() -> answer(response, receiver.receive(buffer.body(), from), from));
        }

        @Override
        public void onError(@Nullable Throwable error) {
            try {
                end(() -> logger.debug("Webhook from {}: the body broke off: {}", from, String.valueOf(error)));
            } catch (IOException e) {
                // nothing was written
            }
        }

        @Override
        public void onTimeout(@Nullable AsyncEvent event) throws IOException {
            end(() -> answer(response, HttpServletResponse.SC_REQUEST_TIMEOUT, "The body took too long.", from));
        }

        @Override
        public void onComplete(@Nullable AsyncEvent event) {
            buffer.giveBack();
        }

        @Override
        public void onError(@Nullable AsyncEvent event) {
            onError(event == null ? null : event.getThrowable());
        }

        @Override
        public void onStartAsync(@Nullable AsyncEvent event) {
        }

        /** Does the last step once, whoever comes first, then ends the request and gives the buffer back. */
        private void end(Step last) throws IOException {
            if (answered.compareAndSet(false, true)) {
                try {
                    last.run();
                } finally {
                    buffer.giveBack();
                    async.complete();
                }
            }
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }
}
