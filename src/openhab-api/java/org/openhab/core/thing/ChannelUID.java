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
package org.openhab.core.thing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Unique identifier of a channel: the thing UID's segments plus the channel ID ({@code [groupId#]id}).
 * <p>
 * Declaration of openHAB's {@code ChannelUID} for building without openHAB's artifact repository; see DEVELOPING.md.
 */
@NonNullByDefault
public class ChannelUID extends UID {

    private static final String LAST_SEGMENT_PATTERN = "[\\w-]*|[\\w-]*#[\\w-]*";
    private static final String GROUP_SEPARATOR = "#";

    /**
     * @param channelUid e.g. {@code "binding:type:thing:channel"}
     */
    public ChannelUID(String channelUid) {
        super(channelUid);
    }

    /**
     * @param thingUID the UID of the channel's thing
     * @param id the channel ID
     */
    public ChannelUID(ThingUID thingUID, String id) {
        super(withChannelId(thingUID, id));
    }

    private static List<String> withChannelId(ThingUID thingUID, String id) {
        List<String> segments = new ArrayList<>(thingUID.getAllSegments());
        segments.add(id);
        return segments;
    }

    /**
     * @return the channel ID (the last segment, with the group ID if any)
     */
    public String getId() {
        List<String> segments = getAllSegments();
        return segments.get(segments.size() - 1);
    }

    /**
     * @return the channel ID without its group ID
     */
    public String getIdWithoutGroup() {
        String id = getId();
        return id.contains(GROUP_SEPARATOR) ? id.split(GROUP_SEPARATOR)[1] : id;
    }

    public boolean isInGroup() {
        return getId().contains(GROUP_SEPARATOR);
    }

    /**
     * @return the group ID, or null if the channel is in no group
     */
    public @Nullable String getGroupId() {
        return isInGroup() ? getId().split(GROUP_SEPARATOR)[0] : null;
    }

    /**
     * @return the UID of the channel's thing (all segments but the last)
     */
    public ThingUID getThingUID() {
        List<String> segments = getAllSegments();
        return new ThingUID(String.join(SEPARATOR, segments.subList(0, segments.size() - 1)));
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 4;
    }

    @Override
    protected void validateSegment(String segment, int index, int length) {
        if (index < length - 1) {
            super.validateSegment(segment, index, length);
        } else if (!segment.matches(LAST_SEGMENT_PATTERN)) {
            throw new IllegalArgumentException(String.format(
                    "UID segment '%s' contains invalid characters. "
                            + "The last segment of the channel UID must match the pattern '%s'.",
                    segment, LAST_SEGMENT_PATTERN));
        }
    }
}
