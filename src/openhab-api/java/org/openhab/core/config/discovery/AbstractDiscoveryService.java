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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base class of discovery services: keeps the listeners and the results, and passes each result to every listener.
 * <p>
 * Declaration of the members openHAB 4.3.11 and 5.2.1 share, for building without openHAB's artifact repository; see
 * DEVELOPING.md. Not declared: {@code removeOlderResults} and {@code getTimestampOfLastScan}, whose types changed in
 * 5.x, the constructor with a scheduler and {@code thingDiscovered(DiscoveryResult, Bundle)}, which exist only in 5.x,
 * and the translation of result labels. The behaviour follows openHAB 4.3.11/5.2.1: a new listener hears of every
 * result so far, on the caller's thread; a listener's exception is logged and the others still hear; a scan first
 * ends the one before, and ends by itself after the scan timeout; background discovery follows the
 * {@value DiscoveryService#CONFIG_PROPERTY_BACKGROUND_DISCOVERY} setting. {@link #thingDiscovered(DiscoveryResult)}
 * tells the listeners on the discovery pool, as openHAB 5.x does (4.3.11 tells them on the caller's thread), so that
 * a test that does not wait for the Inbox fails here as it would in openHAB 5.x.
 */
@NonNullByDefault
public abstract class AbstractDiscoveryService implements DiscoveryService {

    private static final String DISCOVERY_THREADPOOL_NAME = "discovery";

    private final Logger logger = LoggerFactory.getLogger(AbstractDiscoveryService.class);

    protected final ScheduledExecutorService scheduler = ThreadPoolManager.getScheduledPool(DISCOVERY_THREADPOOL_NAME);

    private final Set<DiscoveryListener> discoveryListeners = new CopyOnWriteArraySet<>();
    private final Map<ThingUID, DiscoveryResult> cachedResults = new HashMap<>();
    private final Set<ThingTypeUID> supportedThingTypes;
    private final int timeout;
    private final @Nullable String scanInputLabel;
    private final @Nullable String scanInputDescription;
    private volatile boolean backgroundDiscoveryEnabled;
    private @Nullable ScheduledFuture<?> scheduledStop;

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

    /** Adds the listener and tells it, on the caller's thread, every result so far. */
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

    @Override
    public void startScan(@Nullable ScanListener listener) {
        startScanInternal(null, listener);
    }

    @Override
    public void startScan(String input, @Nullable ScanListener listener) {
        startScanInternal(input, listener);
    }

    /**
     * Ends the scan before (its listener hears it finished), schedules the end of this one after the scan timeout (if
     * any), then scans with the input if input is supported and given, else without. If the scan throws, nobody hears
     * of its end and the exception goes to the caller.
     */
    private void startScanInternal(@Nullable String input, @Nullable ScanListener listener) {
        stopScan();
        synchronized (this) {
            cancelScheduledStop(false);
            scanListener = listener;
            if (getScanTimeout() > 0) {
                scheduledStop = scheduler.schedule(() -> {
                    try {
                        stopScan();
                    } catch (RuntimeException e) {
                        logger.debug("Exception occurred during execution: {}", e.getMessage(), e);
                    }
                }, getScanTimeout(), TimeUnit.SECONDS);
            }
        }
        try {
            if (isScanInputSupported() && input != null) {
                startScan(input);
            } else {
                startScan();
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                cancelScheduledStop(false);
                scanListener = null;
            }
            throw e;
        }
    }

    private void cancelScheduledStop(boolean interrupt) {
        ScheduledFuture<?> stop = scheduledStop;
        if (stop != null) {
            stop.cancel(interrupt);
            scheduledStop = null;
        }
    }

    /** Cancels the timed end of the scan and tells its listener of a {@link CancellationException}. */
    @Override
    public void abortScan() {
        ScanListener listener;
        synchronized (this) {
            cancelScheduledStop(true);
            listener = scanListener;
            scanListener = null;
        }
        if (listener != null) {
            listener.onErrorOccurred(new CancellationException("Scan has been aborted."));
        }
    }

    protected abstract void startScan();

    /** Scans with the input; openHAB only warns that the service did not implement it. */
    protected void startScan(String input) {
        logger.warn("Discovery with input parameter not implemented by service '{}'!", getClass().getName());
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

    /**
     * Keeps the result for listeners added later and tells it to every listener, each on the discovery pool; a
     * listener's exception is logged.
     */
    protected void thingDiscovered(final DiscoveryResult discoveryResult) {
        for (DiscoveryListener listener : discoveryListeners) {
            scheduler.execute(() -> {
                try {
                    listener.thingDiscovered(this, discoveryResult);
                } catch (Exception e) {
                    logger.error("An error occurred while calling the discovery listener {}.",
                            listener.getClass().getName(), e);
                }
            });
        }
        synchronized (cachedResults) {
            cachedResults.put(discoveryResult.getThingUID(), discoveryResult);
        }
    }

    /** Tells every listener, on the caller's thread, that the thing is gone; a listener's exception is logged. */
    protected void thingRemoved(ThingUID thingUID) {
        for (DiscoveryListener listener : discoveryListeners) {
            try {
                listener.thingRemoved(this, thingUID);
            } catch (Exception e) {
                logger.error("An error occurred while calling the discovery listener {}.",
                        listener.getClass().getName(), e);
            }
        }
        synchronized (cachedResults) {
            cachedResults.remove(thingUID);
        }
    }

    /** Reads {@value DiscoveryService#CONFIG_PROPERTY_BACKGROUND_DISCOVERY}; starts background discovery if on. */
    protected void activate(@Nullable Map<String, Object> configProperties) {
        if (configProperties != null) {
            backgroundDiscoveryEnabled = background(configProperties, backgroundDiscoveryEnabled);
        }
        if (backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
        }
    }

    /** Starts or stops background discovery when the setting changes; nothing without properties. */
    protected void modified(@Nullable Map<String, Object> configProperties) {
        if (configProperties == null) {
            return;
        }
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

    /** A Boolean as it is, a String as {@link Boolean#valueOf(String)} reads it, anything else: the current value. */
    private static boolean background(Map<String, Object> configProperties, boolean otherwise) {
        Object value = configProperties.get(CONFIG_PROPERTY_BACKGROUND_DISCOVERY);
        if (value instanceof Boolean flag) {
            return flag;
        }
        return value instanceof String text ? Boolean.parseBoolean(text) : otherwise;
    }
}
