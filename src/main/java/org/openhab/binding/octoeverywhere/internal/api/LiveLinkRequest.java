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
package org.openhab.binding.octoeverywhere.internal.api;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What to ask OctoEverywhere for when creating a Live Link. A value object: the handler recognises identical
 * requests that are still in flight by equality.
 *
 * @param expirationHours hours until the link expires; always sent, because OctoEverywhere's default for a
 *            missing value has changed before
 * @param untilPrintCompletes whether the link follows the current print instead of expiring after the hours
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record LiveLinkRequest(int expirationHours, boolean untilPrintCompletes) {
    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 17520;

    public LiveLinkRequest {
        if (expirationHours < MIN_HOURS || expirationHours > MAX_HOURS) {
            throw new IllegalArgumentException(
                    "Expiration hours must be between " + MIN_HOURS + " and " + MAX_HOURS + ", got " + expirationHours);
        }
    }

    public static LiveLinkRequest timed(int hours) {
        return new LiveLinkRequest(hours, false);
    }

    /**
     * A link that ends when the current print completes. OctoEverywhere ignores the hours then, but they are
     * sent anyway so the request stays valid against every documented schema.
     */
    public static LiveLinkRequest untilPrintCompletes(int hours) {
        return new LiveLinkRequest(hours, true);
    }
}
