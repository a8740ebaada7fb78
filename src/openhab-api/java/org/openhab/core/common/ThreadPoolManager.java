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

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named thread pools shared by all users of the same name.
 * <p>
 * Declaration of the part of openHAB's {@code ThreadPoolManager} that the binding uses, for building without
 * openHAB's artifact repository; see DEVELOPING.md. Its behaviour follows openHAB 4.3.11/5.2.1, with openHAB's
 * default size of 5 threads for every pool (openHAB lets users configure the sizes): a pool is made on first use,
 * with daemon threads named {@code OH-<name>-<n>} that end after 65 s without work; what callers get wraps the shared
 * pool and ignores {@code shutdown()} and {@code shutdownNow()} with a warning; a scheduled task that ends with an
 * exception is logged as a warning. {@link #getPool(String)} gives the scheduled pool of the name if there is one,
 * else a plain pool, and {@link #getScheduledPool(String)} then refuses that name.
 */
public class ThreadPoolManager {

    public static final String CONFIGURATION_PID = "org.openhab.threadpool";

    /** The name of the pool that is shared by all users without a pool of their own. */
    public static final String THREAD_POOL_NAME_COMMON = "common";

    private static final Logger LOGGER = LoggerFactory.getLogger(ThreadPoolManager.class);

    protected static final int DEFAULT_THREAD_POOL_SIZE = 5;

    protected static final long THREAD_TIMEOUT = 65L;

    protected static Map<String, ExecutorService> pools = new ConcurrentHashMap<>();

    /**
     * @return the scheduled pool of this name, created on first use
     * @throws IllegalArgumentException if {@link #getPool(String)} already made a plain pool of this name
     */
    public static ScheduledExecutorService getScheduledPool(String poolName) {
        ExecutorService pool = pools.computeIfAbsent(poolName, name -> {
            ScheduledThreadPoolExecutor executor = new LoggingScheduledPool(DEFAULT_THREAD_POOL_SIZE,
                    threadFactory(name));
            executor.setKeepAliveTime(THREAD_TIMEOUT, TimeUnit.SECONDS);
            executor.allowCoreThreadTimeOut(true);
            executor.setRemoveOnCancelPolicy(true);
            return executor;
        });
        if (pool instanceof ScheduledExecutorService scheduled) {
            return new SharedScheduledPool(poolName, scheduled);
        }
        throw new IllegalArgumentException("Pool " + poolName + " is not a scheduled pool!");
    }

    /**
     * @return the pool of this name: the scheduled pool if there is one, else a plain pool, created on first use
     */
    public static ExecutorService getPool(String poolName) {
        ExecutorService pool = pools.computeIfAbsent(poolName, name -> {
            ThreadPoolExecutor executor = new ThreadPoolExecutor(DEFAULT_THREAD_POOL_SIZE, DEFAULT_THREAD_POOL_SIZE,
                    THREAD_TIMEOUT, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threadFactory(name));
            executor.allowCoreThreadTimeOut(true);
            return executor;
        });
        return new SharedPool<>(poolName, pool);
    }

    /** @return the names of the pools made so far */
    public static Set<String> getPoolNames() {
        return new HashSet<>(pools.keySet());
    }

    private static ThreadFactory threadFactory(String poolName) {
        AtomicInteger count = new AtomicInteger(1);
        return runnable -> {
            Thread thread = new Thread(runnable, "OH-" + poolName + "-" + count.getAndIncrement());
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY);
            return thread;
        };
    }

    /** A scheduled pool that logs, as a warning, the exception a task ended with. */
    private static class LoggingScheduledPool extends ScheduledThreadPoolExecutor {

        LoggingScheduledPool(int corePoolSize, ThreadFactory threadFactory) {
            super(corePoolSize, threadFactory);
        }

        @Override
        protected void afterExecute(Runnable runnable, Throwable thrown) {
            super.afterExecute(runnable, thrown);
            Throwable failure = thrown;
            if (failure == null && runnable instanceof Future<?> future && future.isDone()) {
                try {
                    future.get();
                } catch (CancellationException e) {
                    // cancelled: no failure
                } catch (ExecutionException e) {
                    failure = e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failure != null) {
                LOGGER.warn("Scheduled runnable ended with an exception: ", failure);
            }
        }
    }

    /** What callers get of a shared pool: everything but stopping it. */
    static class SharedPool<T extends ExecutorService> implements ExecutorService {
        protected final T delegate;
        protected final String threadPoolName;

        private SharedPool(String threadPoolName, T delegate) {
            this.threadPoolName = threadPoolName;
            this.delegate = delegate;
        }

        @Override
        public void shutdown() {
            LOGGER.warn("shutdown() invoked on a shared thread pool '{}'. This is a bug, please submit a bug report",
                    threadPoolName, new IllegalStateException());
        }

        @Override
        public List<Runnable> shutdownNow() {
            LOGGER.warn("shutdownNow() invoked on a shared thread pool '{}'. This is a bug, please submit a bug report",
                    threadPoolName, new IllegalStateException());
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return delegate.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return delegate.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return delegate.awaitTermination(timeout, unit);
        }

        @Override
        public <V> Future<V> submit(Callable<V> task) {
            return delegate.submit(task);
        }

        @Override
        public <V> Future<V> submit(Runnable task, V result) {
            return delegate.submit(task, result);
        }

        @Override
        public Future<?> submit(Runnable task) {
            return delegate.submit(task);
        }

        @Override
        public <V> List<Future<V>> invokeAll(Collection<? extends Callable<V>> tasks) throws InterruptedException {
            return delegate.invokeAll(tasks);
        }

        @Override
        public <V> List<Future<V>> invokeAll(Collection<? extends Callable<V>> tasks, long timeout, TimeUnit unit)
                throws InterruptedException {
            return delegate.invokeAll(tasks, timeout, unit);
        }

        @Override
        public <V> V invokeAny(Collection<? extends Callable<V>> tasks)
                throws InterruptedException, ExecutionException {
            return delegate.invokeAny(tasks);
        }

        @Override
        public <V> V invokeAny(Collection<? extends Callable<V>> tasks, long timeout, TimeUnit unit)
                throws InterruptedException, ExecutionException, TimeoutException {
            return delegate.invokeAny(tasks, timeout, unit);
        }

        @Override
        public void execute(Runnable command) {
            delegate.execute(command);
        }
    }

    /** What callers get of a shared scheduled pool: everything but stopping it. */
    static class SharedScheduledPool extends SharedPool<ScheduledExecutorService> implements ScheduledExecutorService {

        private SharedScheduledPool(String threadPoolName, ScheduledExecutorService delegate) {
            super(threadPoolName, delegate);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            return delegate.schedule(command, delay, unit);
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            return delegate.schedule(callable, delay, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
            return delegate.scheduleAtFixedRate(command, initialDelay, period, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
                TimeUnit unit) {
            return delegate.scheduleWithFixedDelay(command, initialDelay, delay, unit);
        }
    }
}
