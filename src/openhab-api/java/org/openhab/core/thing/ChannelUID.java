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
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Unique identifier of a channel: the thing UID's segments plus the channel ID ({@code [groupId#]id}).
 * <p>
 * Declaration of openHAB's {@code ChannelUID} for building without openHAB's artifact repository; see DEVELOPING.md.
 * The validation follows openHAB 5.2.1, the stricter: the segments before the channel ID must make a valid thing UID
 * (openHAB 4.3.11 accepts, for instance, {@code "binding:type::channel"}, whose thing part has a blank ID). The
 * {@code ChannelGroupUID} constructor is not declared.
 */
@NonNullByDefault
public class ChannelUID extends UID {

    /** The channel ID: {@code [groupId#]id}. */
    public static final Pattern CHANNEL_SEGMENT_PATTERN = Pattern.compile("[\\w-]*(?:#[\\w-]*)?");
    public static final String CHANNEL_GROUP_SEPARATOR = "#";

    /** A UID without segments, for deserialisation. */
    ChannelUID() {
    }

    /**
     * @param channelUid e.g. {@code "binding:type:thing:channel"}
     * @throws IllegalArgumentException if a segment is not valid, or the segments before the last are no thing UID
     */
    public ChannelUID(String channelUid) {
        super(channelUid);
        validateThingUID();
    }

    /**
     * @param thingUID the UID of the channel's thing
     * @param id the channel ID
     */
    public ChannelUID(ThingUID thingUID, String id) {
        super(toSegments(thingUID, null, id));
    }

    /**
     * @param groupId the ID of the channel's group
     * @param id the channel's ID within the group
     */
    public ChannelUID(ThingUID thingUID, String groupId, String id) {
        super(toSegments(thingUID, groupId, id));
    }

    private static List<String> toSegments(ThingUID thingUID, @Nullable String groupId, String id) {
        List<String> segments = new ArrayList<>(thingUID.getAllSegments());
        segments.add(groupId == null ? id : groupId + CHANNEL_GROUP_SEPARATOR + id);
        return segments;
    }

    private void validateThingUID() {
        try {
            getThingUID();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ChannelUID contains an invalid ThingUID part: " + e.getMessage(), e);
        }
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
        return isInGroup() ? getId().split(CHANNEL_GROUP_SEPARATOR)[1] : getId();
    }

    public boolean isInGroup() {
        return getId().contains(CHANNEL_GROUP_SEPARATOR);
    }

    /**
     * @return the group ID, or null if the channel is in no group
     */
    public @Nullable String getGroupId() {
        return isInGroup() ? getId().split(CHANNEL_GROUP_SEPARATOR)[0] : null;
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 4;
    }

    @Override
    protected void validateSegment(String segment, int index, int length) {
        if (index < length - 1) {
            super.validateSegment(segment, index, length);
        } else if (!CHANNEL_SEGMENT_PATTERN.matcher(segment).matches()) {
            throw new IllegalArgumentException(String.format(
                    "UID segment '%s' contains invalid characters. "
                            + "The last segment of the channel UID must match the pattern '%s'.",
                    segment, CHANNEL_SEGMENT_PATTERN));
        }
    }

    /**
     * @return the UID of the channel's thing (all segments but the last)
     */
    public ThingUID getThingUID() {
        List<String> segments = getAllSegments();
        return new ThingUID(segments.subList(0, segments.size() - 1).toArray(new String[0]));
    }
}
