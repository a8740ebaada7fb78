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
package org.openhab.core.config.discovery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Base class of discovery services: keeps the listeners and the results, and passes each result to every listener.
 * Here listeners hear of a result on the caller's thread, as in openHAB 4.3; openHAB 5.x tells them on its discovery
 * pool, so tests wait for them. Every result is kept and told again to a listener that is added later, as openHAB does.
 * Only a subset of openHAB's members is declared: {@code removeOlderResults} and {@code getTimestampOfLastScan}
 * changed their types in 5.x, one constructor and {@code thingDiscovered(DiscoveryResult, Bundle)} exist only in 5.x,
 * and result labels are not translated.
 * <p>
 * Declaration of openHAB's {@code AbstractDiscoveryService} for building without openHAB's artifact repository; see
 * DEVELOPING.md.
 */
@NonNullByDefault
public abstract class AbstractDiscoveryService implements DiscoveryService {

    private final Set<DiscoveryListener> discoveryListeners = new CopyOnWriteArraySet<>();
    private final Map<ThingUID, DiscoveryResult> cachedResults = new HashMap<>();
    private final Set<ThingTypeUID> supportedThingTypes;
    private final int timeout;
    private final @Nullable String scanInputLabel;
    private final @Nullable String scanInputDescription;
    private volatile boolean backgroundDiscoveryEnabled;

    protected @Nullable ScanListener scanListener;

    /**
     * @param timeout seconds after which a scan stops by itself, 0 for never
     * @throws IllegalArgumentException if {@code timeout < 0}
     */
    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault, @Nullable String scanInputLabel,
            @Nullable String scanInputDescription) throws IllegalArgumentException {
        if (timeout < 0) {
            throw new IllegalArgumentException("The timeout must be >= 0!");
        }
        this.supportedThingTypes = supportedThingTypes == null ? Set.of() : Set.copyOf(supportedThingTypes);
        this.timeout = timeout;
        this.backgroundDiscoveryEnabled = backgroundDiscoveryEnabledByDefault;
        this.scanInputLabel = scanInputLabel;
        this.scanInputDescription = scanInputDescription;
    }

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault) throws IllegalArgumentException {
        this(supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, null, null);
    }

    /** Background discovery on by default. */
    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout)
            throws IllegalArgumentException {
        this(supportedThingTypes, timeout, true);
    }

    protected AbstractDiscoveryService(int timeout) throws IllegalArgumentException {
        this(null, timeout);
    }

    @Override
    public Set<ThingTypeUID> getSupportedThingTypes() {
        return supportedThingTypes;
    }

    @Override
    public boolean isScanInputSupported() {
        return getScanInputLabel() != null && getScanInputDescription() != null;
    }

    @Override
    public @Nullable String getScanInputLabel() {
        return scanInputLabel;
    }

    @Override
    public @Nullable String getScanInputDescription() {
        return scanInputDescription;
    }

    @Override
    public int getScanTimeout() {
        return timeout;
    }

    @Override
    public boolean isBackgroundDiscoveryEnabled() {
        return backgroundDiscoveryEnabled;
    }

    /** Adds the listener and tells it every result so far. */
    @Override
    public void addDiscoveryListener(@Nullable DiscoveryListener listener) {
        if (listener == null) {
            return;
        }
        discoveryListeners.add(listener);
        List<DiscoveryResult> existing;
        synchronized (cachedResults) {
            existing = List.copyOf(cachedResults.values());
        }
        existing.forEach(result -> listener.thingDiscovered(this, result));
    }

    @Override
    public void removeDiscoveryListener(@Nullable DiscoveryListener listener) {
        discoveryListeners.remove(listener);
    }

    /** Starts a scan (without the timed stop of openHAB's). */
    @Override
    public void startScan(@Nullable ScanListener listener) {
        synchronized (this) {
            scanListener = listener;
        }
        startScan();
    }

    @Override
    public void startScan(String input, @Nullable ScanListener listener) {
        synchronized (this) {
            scanListener = listener;
        }
        if (isScanInputSupported()) {
            startScan(input);
        } else {
            startScan();
        }
    }

    @Override
    public void abortScan() {
        ScanListener listener;
        synchronized (this) {
            listener = scanListener;
            scanListener = null;
        }
        if (listener != null) {
            listener.onErrorOccurred(new java.util.concurrent.CancellationException("Scan has been aborted."));
        }
    }

    protected abstract void startScan();

    protected void startScan(String input) {
    }

    /** Tells the scan listener that the scan is over. */
    protected void stopScan() {
        ScanListener listener;
        synchronized (this) {
            listener = scanListener;
            scanListener = null;
        }
        if (listener != null) {
            listener.onFinished();
        }
    }

    /** Passes the result to every listener and keeps it for listeners added later. */
    protected void thingDiscovered(final DiscoveryResult discoveryResult) {
        for (DiscoveryListener listener : discoveryListeners) {
            listener.thingDiscovered(this, discoveryResult);
        }
        synchronized (cachedResults) {
            cachedResults.put(discoveryResult.getThingUID(), discoveryResult);
        }
    }

    protected void thingRemoved(ThingUID thingUID) {
        for (DiscoveryListener listener : discoveryListeners) {
            listener.thingRemoved(this, thingUID);
        }
        synchronized (cachedResults) {
            cachedResults.remove(thingUID);
        }
    }

    /** Reads {@value DiscoveryService#CONFIG_PROPERTY_BACKGROUND_DISCOVERY}; starts background discovery if on. */
    protected void activate(@Nullable Map<String, Object> configProperties) {
        backgroundDiscoveryEnabled = background(configProperties, backgroundDiscoveryEnabled);
        if (backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
        }
    }

    /** Starts or stops background discovery when the setting changes. */
    protected void modified(@Nullable Map<String, Object> configProperties) {
        boolean enabled = background(configProperties, backgroundDiscoveryEnabled);
        if (backgroundDiscoveryEnabled && !enabled) {
            stopBackgroundDiscovery();
        } else if (!backgroundDiscoveryEnabled && enabled) {
            startBackgroundDiscovery();
        }
        backgroundDiscoveryEnabled = enabled;
    }

    protected void deactivate() {
        if (backgroundDiscoveryEnabled) {
            stopBackgroundDiscovery();
        }
    }

    protected void startBackgroundDiscovery() {
    }

    protected void stopBackgroundDiscovery() {
    }

    private static boolean background(@Nullable Map<String, Object> configProperties, boolean otherwise) {
        Object value = configProperties == null ? null : configProperties.get(CONFIG_PROPERTY_BACKGROUND_DISCOVERY);
        if (value instanceof Boolean flag) {
            return flag;
        }
        return value instanceof String text ? Boolean.parseBoolean(text) : otherwise;
    }
}
