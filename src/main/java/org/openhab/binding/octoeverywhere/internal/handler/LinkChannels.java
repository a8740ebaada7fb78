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
package org.openhab.binding.octoeverywhere.internal.handler;

import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.LiveLink;

/**
 * Shows the {@link CurrentLiveLink} on the link channels, and its expiry as an event. Without a link every link
 * channel is {@code UNDEF}, so an old address is never shared by mistake.
 */
@NonNullByDefault
class LinkChannels implements CurrentLiveLink.Listener {
    private final ThingOutput output;

    LinkChannels(ThingOutput output) {
        this.output = output;
    }

    @Override
    public void linkChanged(@Nullable LiveLink link) {
        output.state(CHANNEL_URL, States.string(link == null ? null : link.url()));
        output.state(CHANNEL_SHORT_URL, States.string(link == null ? null : link.shortUrl()));
        output.state(CHANNEL_LIVE_ID, States.string(link == null ? null : link.liveId()));
        output.state(CHANNEL_EXPIRES, States.instant(link == null ? null : link.expires()));
    }

    @Override
    public void linkExpired() {
        output.trigger(CHANNEL_LIVE_LINK_EVENT, EVENT_EXPIRED);
    }
}
