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
package org.openhab.core.thing.binding;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base class of thing handlers.
 * <p>
 * Declaration of the part of openHAB's {@code BaseThingHandler} that the binding uses, for building without openHAB's
 * artifact repository; see DEVELOPING.md. {@link #initialize()} and {@link #handleCommand(ChannelUID, Command)} are
 * left to subclasses. The behaviour follows openHAB 4.3.11/5.2.1: {@code handleConfigurationUpdate} does nothing
 * unless a value changes, validates through the callback, then disposes, stores and initializes again (when
 * initialized) or stores and reports {@code configurationUpdated}; {@code thingUpdated} disposes, takes the new thing
 * and initializes; {@code updateProperty}/{@code updateProperties} set only the values that differ (null removes one)
 * and report the thing once; status, state, trigger and command updates go to the callback, or only log a warning
 * without one. {@link #getConfig()} follows openHAB 5.2.1, the stricter: it gives a copy, taken when the handler first
 * reads it and renewed only by {@code thingUpdated} and {@code updateConfiguration} (openHAB 4.3.11 gives the thing's
 * own configuration, and 5.2.1 also resolves {@code ${ENV:...}} values, which this declaration does not).
 */
@NonNullByDefault
public abstract class BaseThingHandler implements ThingHandler {

    private static final String VALIDATION_EXCEPTION = "org.openhab.core.config.core.validation."
            + "ConfigValidationException";

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandler.class);

    protected final ScheduledExecutorService scheduler = ThreadPoolManager.getScheduledPool("thingHandler");

    protected Thing thing;

    private @Nullable ThingHandlerCallback callback;

    /** The configuration {@link #getConfig()} copies: the thing's, as it was when last taken. */
    private volatile @Nullable Configuration takenConfig;

    public BaseThingHandler(Thing thing) {
        this.thing = thing;
    }

    /** Reports {@link ThingStatus#REMOVED}. */
    @Override
    public void handleRemoval() {
        updateStatus(ThingStatus.REMOVED);
    }

    /**
     * If a parameter differs from the current configuration: validates the parameters through the callback, applies
     * them to a copy of the configuration, then either disposes, stores the copy and initializes again (when
     * initialized) or stores the copy and reports it with {@code configurationUpdated}.
     */
    @Override
    public void handleConfigurationUpdate(Map<String, Object> configurationParameters) {
        if (!isModifyingCurrentConfig(configurationParameters)) {
            return;
        }
        validateConfigurationParameters(configurationParameters);
        Configuration configuration = editConfiguration();
        configurationParameters.forEach(configuration::put);
        if (isInitialized()) {
            dispose();
            updateConfiguration(configuration);
            initialize();
            return;
        }
        updateConfiguration(configuration);
        ThingHandlerCallback current = callback;
        if (current != null) {
            current.configurationUpdated(getThing());
        } else {
            warnDisposed("updating its configuration");
        }
    }

    /**
     * @return whether a parameter's value differs from the current configuration's
     */
    protected boolean isModifyingCurrentConfig(Map<String, Object> configurationParameters) {
        Configuration current = getThing().getConfiguration();
        return configurationParameters.entrySet().stream()
                .anyMatch(entry -> !Objects.equals(current.get(entry.getKey()), entry.getValue()));
    }

    @Override
    public void dispose() {
    }

    @Override
    public Thing getThing() {
        return thing;
    }

    /** Disposes, takes the new thing (and its configuration for {@link #getConfig()}) and initializes again. */
    @Override
    public void thingUpdated(Thing thing) {
        dispose();
        synchronized (this) {
            this.thing = thing;
            this.takenConfig = new Configuration(thing.getConfiguration());
        }
        initialize();
    }

    @Override
    public void setCallback(@Nullable ThingHandlerCallback thingHandlerCallback) {
        synchronized (this) {
            this.callback = thingHandlerCallback;
        }
    }

    protected @Nullable ThingHandlerCallback getCallback() {
        return callback;
    }

    /** Sends {@link RefreshType#REFRESH} to the linked channel. */
    @Override
    public void channelLinked(ChannelUID channelUID) {
        handleCommand(channelUID, RefreshType.REFRESH);
    }

    @Override
    public void channelUnlinked(ChannelUID channelUID) {
    }

    /**
     * ONLINE again when the bridge is ONLINE and this thing was OFFLINE because of it; OFFLINE (BRIDGE_OFFLINE) when
     * the bridge is OFFLINE.
     */
    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE
                && getThing().getStatusInfo().getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE) {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        } else if (bridgeStatusInfo.getStatus() == ThingStatus.OFFLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    /** Validates the parameters through the callback (which throws if they are not valid). */
    protected void validateConfigurationParameters(Map<String, Object> configurationParameters) {
        ThingHandlerCallback current = callback;
        if (current != null) {
            current.validateConfigurationParameters(getThing(), configurationParameters);
        } else {
            warnDisposed("validating its configuration");
        }
    }

    /**
     * @return a copy of the thing's configuration as it was when this handler first read it, or when
     *         {@code thingUpdated} or {@code updateConfiguration} last renewed it
     */
    protected Configuration getConfig() {
        Configuration taken = takenConfig;
        if (taken == null) {
            synchronized (this) {
                taken = takenConfig;
                if (taken == null) {
                    taken = new Configuration(getThing().getConfiguration());
                    takenConfig = taken;
                }
            }
        }
        return new Configuration(taken);
    }

    /** @return the configuration mapped onto a new instance of the class, see {@link Configuration#as(Class)} */
    protected <T> T getConfigAs(Class<T> configurationClass) {
        return getConfig().as(configurationClass);
    }

    protected void updateState(ChannelUID channelUID, State state) {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.stateUpdated(channelUID, state);
            } else {
                warnDisposed("updating channel " + channelUID.getId());
            }
        }
    }

    /** Updates the state of the channel with the given ID on this handler's thing. */
    protected void updateState(String channelID, State state) {
        updateState(new ChannelUID(getThing().getUID(), channelID), state);
    }

    protected void triggerChannel(ChannelUID channelUID, String event) {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.channelTriggered(getThing(), channelUID, event);
            } else {
                warnDisposed("triggering channel " + channelUID.getId());
            }
        }
    }

    /** Triggers the channel with the given ID on this handler's thing. */
    protected void triggerChannel(String channelID, String event) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelID), event);
    }

    /** Triggers the channel with the given ID on this handler's thing with an empty event. */
    protected void triggerChannel(String channelID) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelID), "");
    }

    /** Triggers the channel with an empty event. */
    protected void triggerChannel(ChannelUID channelUID) {
        triggerChannel(channelUID, "");
    }

    /** Posts a command to the channel with the given ID on this handler's thing. */
    protected void postCommand(String channelID, Command command) {
        postCommand(new ChannelUID(getThing().getUID(), channelID), command);
    }

    protected void postCommand(ChannelUID channelUID, Command command) {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.postCommand(channelUID, command);
            } else {
                warnDisposed("posting a command to channel " + channelUID.getId());
            }
        }
    }

    /** Reports a new {@link ThingStatusInfo} of status, detail and description to the callback. */
    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.statusUpdated(thing, new ThingStatusInfo(status, statusDetail, description));
            } else {
                warnDisposed("updating the thing status");
            }
        }
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail) {
        updateStatus(status, statusDetail, null);
    }

    /** Reports the status with detail {@link ThingStatusDetail#NONE} and no description. */
    protected void updateStatus(ThingStatus status) {
        updateStatus(status, ThingStatusDetail.NONE, null);
    }

    /** @return a modifiable copy of the thing's configuration */
    protected Configuration editConfiguration() {
        return new Configuration(new HashMap<>(thing.getConfiguration().getProperties()));
    }

    /**
     * Validates the configuration through the callback; if valid, stores it in the thing (and for
     * {@link #getConfig()}) and reports the thing with {@code thingUpdated}, restoring the old configuration if that
     * fails. Does nothing without a callback.
     */
    protected void updateConfiguration(Configuration configuration) {
        Map<String, Object> old = thing.getConfiguration().getProperties();
        Configuration oldTaken = getConfig();
        ThingHandlerCallback current = callback;
        if (current == null) {
            warnDisposed("updating its configuration");
            return;
        }
        try {
            current.validateConfigurationParameters(thing, configuration.getProperties());
        } catch (RuntimeException e) {
            if (!VALIDATION_EXCEPTION.equals(e.getClass().getName())) {
                throw e;
            }
            logger.warn("Attempt to apply invalid configuration '{}' on thing '{}' blocked: {}", configuration,
                    thing.getUID(), e.getMessage());
            return;
        }
        try {
            synchronized (this) {
                takenConfig = new Configuration(configuration);
                thing.getConfiguration().setProperties(configuration.getProperties());
                current.thingUpdated(thing);
            }
        } catch (RuntimeException e) {
            logger.warn("Error while applying configuration changes on thing '{}', reverting: {}", thing.getUID(),
                    e.getMessage());
            synchronized (this) {
                thing.getConfiguration().setProperties(old);
                takenConfig = oldTaken;
            }
            throw e;
        }
    }

    /** @return a modifiable copy of the thing's properties */
    protected Map<String, String> editProperties() {
        return new HashMap<>(thing.getProperties());
    }

    /**
     * Sets the properties whose values differ from the thing's and, if any did, reports the thing with
     * {@code thingUpdated}. A null map removes all properties.
     */
    protected void updateProperties(@Nullable Map<String, String> properties) {
        updatePropertiesInternal(properties == null ? null : new HashMap<>(properties));
    }

    /**
     * Sets one property (removes it if the value is null), see {@link #updateProperties(Map)}.
     */
    protected void updateProperty(String name, @Nullable String value) {
        Map<String, @Nullable String> single = new HashMap<>();
        single.put(name, value);
        updatePropertiesInternal(single);
    }

    private void updatePropertiesInternal(@Nullable Map<String, @Nullable String> properties) {
        boolean changed = false;
        if (properties == null) {
            if (!thing.getProperties().isEmpty()) {
                thing.setProperties(Map.of());
                changed = true;
            }
        } else {
            for (Map.Entry<String, @Nullable String> entry : properties.entrySet()) {
                if (differs(thing.getProperties().get(entry.getKey()), entry.getValue())) {
                    thing.setProperty(entry.getKey(), entry.getValue());
                    changed = true;
                }
            }
        }
        if (changed) {
            synchronized (this) {
                ThingHandlerCallback current = callback;
                if (current != null) {
                    current.thingUpdated(thing);
                } else {
                    warnDisposed("updating its thing's properties");
                }
            }
        }
    }

    private static boolean differs(@Nullable String existing, @Nullable String value) {
        return existing == null || !existing.equals(value);
    }

    /** @return whether at least one item is linked to the channel with the given ID on this handler's thing */
    protected boolean isLinked(String channelId) {
        return isLinked(new ChannelUID(getThing().getUID(), channelId));
    }

    protected boolean isLinked(ChannelUID channelUID) {
        ThingHandlerCallback current = callback;
        if (current != null) {
            return current.isChannelLinked(channelUID);
        }
        warnDisposed("checking if channel " + channelUID.getId() + " is linked");
        return false;
    }

    /** @return whether the thing's status is ONLINE, OFFLINE or UNKNOWN */
    protected boolean isInitialized() {
        ThingStatus status = getThing().getStatus();
        return status == ThingStatus.ONLINE || status == ThingStatus.OFFLINE || status == ThingStatus.UNKNOWN;
    }

    private void warnDisposed(String action) {
        logger.warn("Handler {} of thing {} tried {} although the handler was already disposed.",
                getClass().getSimpleName(), thing.getUID(), action);
    }
}
