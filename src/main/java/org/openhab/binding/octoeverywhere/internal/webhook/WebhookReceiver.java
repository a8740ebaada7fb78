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

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.octoeverywhere.internal.api.WebhookPayload;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterHandler;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterRegistry;

/**
 * What the webhook makes of a complete body, without the servlet API: parses it, authenticates it by its secret key,
 * hands it to the thing of its printer, and tells what to answer. Takes no network and no lock but the printer's own.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class WebhookReceiver {
    /**
     * @param log what was done, for the log: never the secret or anything of the body but the event's name
     */
    record Reply(int status, String text, String log) {
    }

    static final int OK = 200;
    static final int BAD_REQUEST = 400;
    static final int FORBIDDEN = 403;
    static final int TOO_MANY_REQUESTS = 429;

    private final PrinterRegistry printers;
    private final WrongSecrets wrongSecrets;

    WebhookReceiver(PrinterRegistry printers, Clock clock) {
        this.printers = printers;
        this.wrongSecrets = new WrongSecrets(clock);
    }

    /** @param sender the sender's address */
    Reply receive(byte[] body, String sender) {
        WebhookPayload payload;
        try {
            payload = WebhookPayload.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            String text = "Not a notification: " + e.getMessage() + ".";
            return new Reply(BAD_REQUEST, text, text);
        }
        WebhookRouter.Route route = WebhookRouter.route(
                printers.printers().stream().map(PrinterHandler::notifications).toList(), payload.secretKey(),
                payload.event());
        if (route instanceof WebhookRouter.Delivered delivered) {
            return new Reply(OK, "OK", delivered.receiver().receive(payload.event()));
        } else if (route instanceof WebhookRouter.Unclaimed unclaimed) {
            // Authentic: answered 200, so that OctoEverywhere does not disable the webhook.
            return new Reply(OK, "OK", payload.event().name() + " ignored: " + unclaimed.reason());
        } else if (wrongSecrets.wrong(sender)) {
            return new Reply(TOO_MANY_REQUESTS, "Too many wrong secret keys; try again later.",
                    "one more wrong secret key from a sender that sent too many");
        }
        return new Reply(FORBIDDEN, "No thing has this secret key.", "No thing has this secret key.");
    }
}
