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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.openhab.binding.octoeverywhere.internal.PrinterRegistry;
import org.openhab.binding.octoeverywhere.internal.api.WebhookPayload;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterHandler;
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
 * logging in: every request is authenticated by the secret key in its body (see {@link WebhookRouter}).
 *
 * <p>
 * A body still on its way is read without holding a thread, at most {@value #MAX_BODY_BYTES} bytes of it (where the
 * server offers no asynchronous reading, such a request is refused with 503); parsing, authenticating and routing
 * take no network and no lock but the printer's own, so the answer goes back at once, well within the 10 s
 * OctoEverywhere waits. Neither the secret nor the body is ever logged; one debug line per request says what was
 * done.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName(OctoEverywhereBindingConstants.WEBHOOK_PATH)
@HttpWhiteboardServletPattern(OctoEverywhereBindingConstants.WEBHOOK_PATH)
@HttpWhiteboardServletAsyncSupported
@NonNullByDefault
public class WebhookServlet extends HttpServlet {
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** How long a request may take to send its body; OctoEverywhere gives up after 10 s anyway. */
    static final long READ_TIMEOUT_MILLIS = 10_000;

    private static final long serialVersionUID = 1L;
    private static final String TEXT = "text/plain;charset=UTF-8";

    private final Logger logger = LoggerFactory.getLogger(WebhookServlet.class);
    private final transient PrinterRegistry printers;

    @Activate
    public WebhookServlet(@Reference PrinterRegistry printers) {
        this.printers = printers;
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
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The body is too large.", from);
            return;
        }
        long length = request.getContentLengthLong();
        if (length >= 0 && request.getInputStream().available() >= length) {
            // The whole body is here already, as a notification is small: read it on this thread.
            answerBody(readAtMost(request.getInputStream()), response, from);
            return;
        }
        if (!request.isAsyncSupported()) {
            // The whiteboard ignored the async property: waiting for the rest would hold a server thread for as long
            // as the sender likes, with no time limit.
            answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The body must arrive at once.", from);
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(READ_TIMEOUT_MILLIS);
        BodyReader reader = new BodyReader(request.getInputStream(), async, response, from);
        async.addListener(reader);
        request.getInputStream().setReadListener(reader);
    }

    /** The body, or null when it is longer than the limit. */
    private static byte @Nullable [] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private void answerBody(byte @Nullable [] body, HttpServletResponse response, String from) throws IOException {
        if (body == null) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The body is too large.", from);
            return;
        }
        WebhookPayload payload;
        try {
            payload = WebhookPayload.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, "Not a notification: " + e.getMessage() + ".", from);
            return;
        }
        WebhookRouter.Route route = WebhookRouter.route(
                printers.printers().stream().map(PrinterHandler::notifications).toList(),
                payload.secretKey(),
                payload.event());
        if (route instanceof WebhookRouter.Delivered delivered) {
            String done = delivered.receiver().receive(payload.event());
            logger.debug("Webhook from {}: 200, {}", from, done);
            write(response, HttpServletResponse.SC_OK, "OK");
        } else if (route instanceof WebhookRouter.Unclaimed unclaimed) {
            // Authentic: answered 200, so that OctoEverywhere does not disable the webhook.
            logger.debug(
                    "Webhook from {}: 200, {} ignored: {}",
                    from,
                    payload.event().name(),
                    unclaimed.reason());
            write(response, HttpServletResponse.SC_OK, "OK");
        } else {
            answer(response, HttpServletResponse.SC_FORBIDDEN, "No thing has this secret key.", from);
        }
    }

    private void answer(HttpServletResponse response, int status, String text, String from) throws IOException {
        logger.debug("Webhook from {}: {}, {}", from, status, text);
        write(response, status, text);
    }

    private static void write(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(TEXT);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Reads the body as it arrives and answers once, when it is complete, too large, broken off or too slow. */
    private final class BodyReader implements ReadListener, AsyncListener {
        private final ServletInputStream in;
        private final AsyncContext async;
        private final HttpServletResponse response;
        private final String from;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] buffer = new byte[8192];
        private final AtomicBoolean answered = new AtomicBoolean();

        BodyReader(ServletInputStream in, AsyncContext async, HttpServletResponse response, String from) {
            this.in = in;
            this.async = async;
            this.response = response;
            this.from = from;
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (in.isReady() && !answered.get()) {
                int read = in.read(buffer);
                if (read < 0) {
                    return;
                }
                if (body.size() + read > MAX_BODY_BYTES) {
                    // Answered without reading the rest: Jetty closes the connection instead.
                    finish(null);
                    return;
                }
                body.write(buffer, 0, read);
            }
        }

        @Override
        public void onAllDataRead() throws IOException {
            finish(body.toByteArray());
        }

        @Override
        public void onError(@Nullable Throwable error) {
            if (answered.compareAndSet(false, true)) {
                logger.debug("Webhook from {}: the body broke off: {}", from, String.valueOf(error));
                async.complete();
            }
        }

        @Override
        public void onTimeout(@Nullable AsyncEvent event) throws IOException {
            if (answered.compareAndSet(false, true)) {
                try {
                    answer(response, HttpServletResponse.SC_REQUEST_TIMEOUT, "The body took too long.", from);
                } finally {
                    async.complete();
                }
            }
        }

        @Override
        public void onComplete(@Nullable AsyncEvent event) {}

        @Override
        public void onError(@Nullable AsyncEvent event) {
            onError(event == null ? null : event.getThrowable());
        }

        @Override
        public void onStartAsync(@Nullable AsyncEvent event) {}

        private void finish(byte @Nullable [] complete) throws IOException {
            if (answered.compareAndSet(false, true)) {
                try {
                    answerBody(complete, response, from);
                } finally {
                    async.complete();
                }
            }
        }
    }
}
