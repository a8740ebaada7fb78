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

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import javax.servlet.Servlet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * An in-process Jetty 9.4 server on 127.0.0.1 that serves the binding's servlets, as openHAB's HTTP server does
 * (with async support, as the whiteboard property asks, unless told otherwise), so tests reach them over real HTTP.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class ServletServer implements AutoCloseable {
    /** An answer to a request sent as written: its status, and its body when the answer gave its length. */
    public record RawAnswer(int status, String body) {
    }

    private final Server server;
    private final ServerConnector connector;
    private final QueuedThreadPool threads;

    /** @param servlets by path, e.g. {@code /octoeverywhere/webhook} */
    public ServletServer(Map<String, Servlet> servlets) throws Exception {
        this(servlets, true);
    }

    /** @param asyncSupported false for a server that ignores the whiteboard's async property */
    public ServletServer(Map<String, Servlet> servlets, boolean asyncSupported) throws Exception {
        threads = new QueuedThreadPool(32, 4);
        threads.setName("servlet-test-server");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        // Reads X-Forwarded-Proto, as behind a reverse proxy that terminates HTTPS: a test can make a request secure.
        http.addCustomizer(new ForwardedRequestCustomizer());
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        connector.setAcceptQueueSize(512);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        servlets.forEach((path, servlet) -> {
            ServletHolder holder = new ServletHolder(servlet);
            holder.setAsyncSupported(asyncSupported);
            context.addServlet(holder, path);
        });
        server.setHandler(context);
        // No graceful stop: Jetty 12 would wait for idle keep-alive connections of the test clients.
        server.setStopTimeout(0);
        server.start();
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + pathAndQuery);
    }

    /** How many of the server's threads run a job now, its acceptor and selector among them. */
    public int busyThreads() {
        return threads.getBusyThreads();
    }

    public int port() {
        return connector.getLocalPort();
    }

    /**
     * Sends a request as written, for one an HTTP client would not send: a malformed query, a body that never ends.
     *
     * @param head the request line and headers, and whatever comes before the body (the empty line, a chunk's size)
     */
    public RawAnswer sendRaw(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            int status = Integer.parseInt(line(in).split(" ")[1]);
            int length = 0;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring(header.indexOf(':') + 1).strip());
                }
            }
            return new RawAnswer(status, new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
    }

    /** @return the next line without its end, or what is left when the answer ends */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
