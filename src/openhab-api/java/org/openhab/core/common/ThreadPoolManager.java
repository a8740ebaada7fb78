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
package org.openhab.core.common;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Named thread pools shared by all users of the same name. Here each name gets one
 * {@link ScheduledThreadPoolExecutor} of 5 daemon threads named {@code OH-<name>-<n>} that time out after 65 s
 * (openHAB's defaults; openHAB lets users configure the sizes).
 * <p>
 * Declaration of openHAB's {@code ThreadPoolManager} for building without openHAB's artifact repository; see
 * DEVELOPING.md.
 */
@NonNullByDefault
public class ThreadPoolManager {

    private static final int POOL_SIZE = 5;
    private static final Map<String, ScheduledThreadPoolExecutor> POOLS = new ConcurrentHashMap<>();

    /**
     * @return the scheduled pool of this name, created on first use
     */
    public static ScheduledExecutorService getScheduledPool(String poolName) {
        return Objects.requireNonNull(POOLS.computeIfAbsent(poolName, ThreadPoolManager::newPool));
    }

    /**
     * @return the pool of this name (the same pool as {@link #getScheduledPool(String)} here)
     */
    public static ExecutorService getPool(String poolName) {
        return getScheduledPool(poolName);
    }

    private static ScheduledThreadPoolExecutor newPool(String poolName) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "OH-" + poolName + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(POOL_SIZE, factory);
        pool.setKeepAliveTime(65, TimeUnit.SECONDS);
        pool.allowCoreThreadTimeOut(true);
        pool.setRemoveOnCancelPolicy(true);
        return pool;
    }
}
