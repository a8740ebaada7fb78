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

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.PrintEvent;
import org.openhab.binding.octoeverywhere.internal.printevents.PrintEventReceiver;
import org.openhab.binding.octoeverywhere.internal.printevents.WebhookSecret;

/**
 * Finds the printer thing a notification is for. Only things whose secret is the notification's may take it; among
 * those, the thing of its printer: the one that learnt the notification's {@code PrinterId}, else the one (not yet
 * tied to another printer) whose printer has the notification's {@code PrinterName}, else the only one, if it is
 * tied to no printer yet and its printer's name, where both are known, is the notification's. Anything ambiguous goes
 * nowhere.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class WebhookRouter {
    /** Where a notification goes. */
    sealed interface Route {
    }

    /** No thing has this secret: the notification is not authentic. */
    record Refused() implements Route {
    }

    /** Authentic, but no single thing follows its printer. */
    record Unclaimed(String reason) implements Route {
    }

    record Delivered(PrintEventReceiver receiver) implements Route {
    }

    private WebhookRouter() {
    }

    static Route route(Collection<? extends PrintEventReceiver> receivers, String secretKey, PrintEvent event) {
        WebhookSecret secret = WebhookSecret.of(secretKey);
        // Every thing is asked, so the time taken does not tell which one, if any, has the secret.
        List<PrintEventReceiver> owners = receivers.stream().filter(receiver -> receiver.takesSecret(secret))
                .map(PrintEventReceiver.class::cast).toList();
        if (owners.isEmpty()) {
            return new Refused();
        }
        Route byId = single(owners, PrintEventReceiver::printerId, event.printerId());
        if (byId != null) {
            return byId;
        }
        List<PrintEventReceiver> untied = owners.stream().filter(owner -> owner.printerId() == null).toList();
        Route byName = single(untied, PrintEventReceiver::printerName, event.printerName());
        if (byName != null) {
            return byName;
        }
        if (owners.size() == 1 && untied.size() == 1 && !namesDiffer(untied.get(0).printerName(), event)) {
            return new Delivered(untied.get(0));
        }
        return new Unclaimed(
                owners.size() == 1 ? "its printer is not this thing's" : "no single thing has its printer");
    }

    private static boolean namesDiffer(@Nullable String printerName, PrintEvent event) {
        String eventName = event.printerName();
        return printerName != null && eventName != null && !printerName.equals(eventName);
    }

    /** The one receiver whose key is the value, an ambiguity, or null when none matches. */
    private static @Nullable Route single(List<PrintEventReceiver> receivers,
            Function<PrintEventReceiver, @Nullable String> key, @Nullable String value) {
        if (value == null) {
            return null;
        }
        List<PrintEventReceiver> matching = receivers.stream().filter(r -> value.equals(key.apply(r))).toList();
        return switch (matching.size()) {
            case 0 -> null;
            case 1 -> new Delivered(matching.get(0));
            default -> new Unclaimed("several things have its printer");
        };
    }
}
