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
package org.openhab.binding.octoeverywhere.internal.livelink;

import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.States;
import org.openhab.binding.octoeverywhere.internal.ThingOutput;
import org.openhab.binding.octoeverywhere.internal.api.ApiError;
import org.openhab.binding.octoeverywhere.internal.api.Failures;
import org.openhab.binding.octoeverywhere.internal.api.LiveLink;
import org.openhab.binding.octoeverywhere.internal.api.LiveLinkRequest;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;
import org.openhab.binding.octoeverywhere.internal.connection.CallRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows the {@link CurrentLiveLink} on the link channels, its expiry and the outcome of every request as events.
 * Without a link every link channel is {@code UNDEF}, so an old address is never shared by mistake.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class LinkChannels implements CurrentLiveLink.Listener {
    private final Logger logger = LoggerFactory.getLogger(LinkChannels.class);
    private final ThingOutput output;
    private final String thingUID;

    /**
     * @param thingUID the thing, for the log
     */
    public LinkChannels(ThingOutput output, String thingUID) {
        this.output = output;
        this.thingUID = thingUID;
    }

    @Override
    public void linkChanged(@Nullable LiveLink link) {
        output.updateState(CHANNEL_URL, States.string(link == null ? null : link.url()));
        output.updateState(CHANNEL_SHORT_URL, States.string(link == null ? null : link.shortUrl()));
        output.updateState(CHANNEL_LIVE_ID, States.string(link == null ? null : link.liveId()));
        output.updateState(CHANNEL_EXPIRES, States.instant(link == null ? null : link.expires()));
    }

    @Override
    public void linkExpired() {
        output.triggerChannel(CHANNEL_LIVE_LINK_EVENT, EVENT_EXPIRED);
    }

    /**
     * The link a press of this channel asks for, or null when the channel is no button.
     *
     * @param hours the lifetime of a timed link
     */
    public static @Nullable LiveLinkRequest request(String channelId, int hours) {
        return switch (channelId) {
            case CHANNEL_CREATE_LIVE_LINK -> LiveLinkRequest.timed(hours);
            case CHANNEL_CREATE_PRINT_LIVE_LINK -> LiveLinkRequest.untilPrintCompletes(hours);
            default -> null;
        };
    }

    /** The outcome of one request for a link, as {@code live-link-event}; one event per request. */
    public void outcome(@Nullable LiveLink link, @Nullable Throwable error) {
        Throwable cause = Failures.cause(error);
        String event = EVENT_FAILED;
        if (link != null) {
            event = EVENT_CREATED;
        } else if (cause instanceof OctoEverywhereException failure && failure.error() == ApiError.NO_ACTIVE_PRINT) {
            event = EVENT_NO_ACTIVE_PRINT;
        } else if (cause instanceof CallRefusedException refused
                && refused.reason() != CallRefusedException.Reason.STOPPED) {
            logger.info("No Live Link created for {}: {}", thingUID, refused.getMessage());
        }
        output.triggerChannel(CHANNEL_LIVE_LINK_EVENT, event);
    }
}
