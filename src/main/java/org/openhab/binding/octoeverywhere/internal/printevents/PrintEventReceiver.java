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
package org.openhab.binding.octoeverywhere.internal.printevents;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.PrintEvent;

/**
 * A printer thing as the notification webhook sees it.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface PrintEventReceiver {
    /** Whether notifications with this secret are this thing's; never when it has no secret configured. */
    boolean takesSecret(WebhookSecret secret);

    /** The printer's OctoEverywhere id, learnt from the notifications it took, or null before the first. */
    @Nullable
    String printerId();

    /** The printer's name as the App Connection Info API gave it, or null before the first answer. */
    @Nullable
    String printerName();

    /**
     * Shows the event; returns at once and never waits on the network.
     *
     * @return what was done, for the log
     */
    String receive(PrintEvent event);
}
