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

import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.types.State;

/**
 * A mocked thing and the callback openHAB gives its handler, remembering what the handler reported: the status, under
 * the rules openHAB's callback holds bindings to, the channel states, the trigger events and the properties. The thing
 * answers with what was reported, as openHAB's does.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class RecordingThing {
    private static final Set<ThingStatus> BINDING_STATUSES = EnumSet.of(ThingStatus.UNKNOWN, ThingStatus.ONLINE,
            ThingStatus.OFFLINE, ThingStatus.REMOVED);

    final Thing thing = mock(Thing.class);
    final ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
    final Map<String, State> states = new ConcurrentHashMap<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    final Map<String, String> properties = new ConcurrentHashMap<>();
    private volatile ThingStatusInfo status = new ThingStatusInfo(ThingStatus.UNINITIALIZED, ThingStatusDetail.NONE,
            null);

    RecordingThing() {
        when(thing.getStatus()).thenAnswer(invocation -> status.getStatus());
        when(thing.getStatusInfo()).thenAnswer(invocation -> status);
        when(thing.getProperties()).thenAnswer(invocation -> Map.copyOf(properties));
        doAnswer(invocation -> {
            String value = invocation.getArgument(1);
            return value == null ? properties.remove(invocation.getArgument(0))
                    : properties.put(invocation.getArgument(0), value);
        }).when(thing).setProperty(anyString(), any());
        doAnswer(invocation -> {
            ThingStatusInfo next = invocation.getArgument(1);
            ThingStatus current = status.getStatus();
            // openHAB's callback (4.3.11 and 5.2.1): bindings may set UNKNOWN, ONLINE, OFFLINE and REMOVED only,
            // REMOVED only while the thing is being removed, and nothing else then: that is ignored
            if (!BINDING_STATUSES.contains(next.getStatus())) {
                throw new IllegalArgumentException("Illegal status " + next.getStatus()
                        + ". Bindings only may set UNKNOWN, ONLINE, OFFLINE or REMOVED.");
            }
            if (next.getStatus() == ThingStatus.REMOVED && current != ThingStatus.REMOVING) {
                throw new IllegalArgumentException(
                        "Illegal status REMOVED. The thing was in state " + current + " and not in REMOVING");
            }
            if (current != ThingStatus.REMOVING || next.getStatus() == ThingStatus.REMOVED) {
                status = next;
            }
            return null;
        }).when(callback).statusUpdated(eq(thing), any());
        doAnswer(invocation -> states.put(((ChannelUID) invocation.getArgument(0)).getId(), invocation.getArgument(1)))
                .when(callback).stateUpdated(any(), any());
        doAnswer(invocation -> events
                .add(((ChannelUID) invocation.getArgument(1)).getId() + ":" + invocation.getArgument(2))).when(callback)
                .channelTriggered(eq(thing), any(), anyString());
    }

    ThingStatusInfo status() {
        return status;
    }

    void setStatus(ThingStatus newStatus, ThingStatusDetail detail) {
        status = new ThingStatusInfo(newStatus, detail, null);
    }
}
