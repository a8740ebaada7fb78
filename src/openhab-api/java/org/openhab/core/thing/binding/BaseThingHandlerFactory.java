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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base class of thing handler factories.
 * <p>
 * Declaration of the part of openHAB's {@code BaseThingHandlerFactory} that the binding uses, for building without
 * openHAB's artifact repository; see DEVELOPING.md. Not declared: {@code createThing}, the thing type and config
 * description lookups, and the registration of config status providers and firmware update handlers (bridges, whose
 * handlers openHAB checks, are not declared either). The handler services follow openHAB 4.3.11/5.2.1:
 * {@link #registerHandler(Thing)} takes each class of the handler's {@code getServices()} from the bundle context (a
 * new instance if no service of that class is registered), gives it the handler, registers it under its interfaces
 * and initializes it, which needs the bundle context of {@link #activate(ComponentContext)};
 * {@link #unregisterHandler(Thing)} calls {@link #removeHandler(ThingHandler)}, then disposes and unregisters them.
 */
@NonNullByDefault
public abstract class BaseThingHandlerFactory implements ThingHandlerFactory {

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandlerFactory.class);

    /** Set by {@link #activate(ComponentContext)}, null again after {@link #deactivate(ComponentContext)}. */
    protected @NonNullByDefault({}) BundleContext bundleContext;

    private final Map<ThingUID, List<HandlerService<?>>> handlerServices = new ConcurrentHashMap<>();

    /**
     * Called by Declarative Services when the factory starts: keeps the bundle context for the services of
     * handlers.
     */
    protected void activate(ComponentContext componentContext) {
        bundleContext = componentContext.getBundleContext();
    }

    /**
     * Called by Declarative Services when the factory stops: forgets the services of handlers and the bundle
     * context.
     */
    protected void deactivate(ComponentContext componentContext) {
        handlerServices.clear();
        bundleContext = null;
    }

    /**
     * @throws IllegalStateException if the factory is not active
     */
    protected BundleContext getBundleContext() {
        BundleContext context = bundleContext;
        if (context == null) {
            throw new IllegalStateException(
                    "The bundle context is missing (it seems your thing handler factory is used but not active).");
        }
        return context;
    }

    /**
     * Calls {@link #createHandler(Thing)}, then sets up the handler's services (see the class description).
     *
     * @throws IllegalStateException if it returns null
     * @throws NullPointerException if the handler has services and the factory was not activated
     */
    @Override
    public ThingHandler registerHandler(Thing thing) {
        ThingHandler handler = createHandler(thing);
        if (handler == null) {
            throw new IllegalStateException(
                    getClass().getSimpleName() + " could not create a handler for the thing '" + thing.getUID() + "'.");
        }
        for (Class<? extends ThingHandlerService> serviceClass : handler.getServices()) {
            if (ThingHandlerService.class.isAssignableFrom(serviceClass)) {
                registerService(thing.getUID(), handler, serviceClass);
            } else {
                logger.warn("Should register service={} for thingUID={}, but it does not implement the interface "
                        + "ThingHandlerService.", serviceClass.getCanonicalName(), thing.getUID());
            }
        }
        return handler;
    }

    private <T extends ThingHandlerService> void registerService(ThingUID thingUID, ThingHandler handler,
            Class<T> serviceClass) {
        HandlerService<T> service;
        ServiceReference<T> reference = bundleContext.getServiceReference(serviceClass);
        if (reference != null) {
            service = new HandlerService<>(bundleContext.getServiceObjects(reference));
        } else {
            try {
                service = new HandlerService<>(serviceClass.getConstructor().newInstance());
            } catch (ReflectiveOperationException | SecurityException e) {
                logger.warn("Could not register service for class={}", serviceClass.getCanonicalName(), e);
                return;
            }
        }
        service.start(handler, interfaceNames(serviceClass));
        Objects.requireNonNull(handlerServices.computeIfAbsent(thingUID, uid -> new ArrayList<>())).add(service);
    }

    /** @return the names of the interfaces the class and its superclasses implement, but ThingHandlerService */
    private static String[] interfaceNames(Class<?> serviceClass) {
        Set<String> names = new HashSet<>();
        for (Class<?> c = serviceClass; c != null; c = c.getSuperclass()) {
            for (Class<?> implemented : c.getInterfaces()) {
                if (!implemented.equals(ThingHandlerService.class)) {
                    names.add(implemented.getCanonicalName());
                }
            }
        }
        return names.toArray(new String[0]);
    }

    /**
     * @return the handler for the thing, or null if none can be created
     */
    protected abstract @Nullable ThingHandler createHandler(Thing thing);

    /**
     * Passes the thing's handler, if any, to {@link #removeHandler(ThingHandler)}, then disposes and unregisters the
     * handler's services.
     */
    @Override
    public void unregisterHandler(Thing thing) {
        ThingHandler handler = thing.getHandler();
        if (handler != null) {
            removeHandler(handler);
        }
        List<HandlerService<?>> services = handlerServices.remove(thing.getUID());
        if (services != null) {
            services.forEach(HandlerService::stop);
        }
    }

    /**
     * Called when a handler is removed; does nothing unless overridden.
     */
    protected void removeHandler(ThingHandler thingHandler) {
    }

    @Override
    public void removeThing(ThingUID thingUID) {
    }

    /** One service of a handler: the instance, where it came from and its registration. */
    private final class HandlerService<T extends ThingHandlerService> {
        private final T instance;
        private final @Nullable ServiceObjects<T> source;
        private @Nullable ServiceRegistration<?> registration;

        HandlerService(T instance) {
            this.instance = instance;
            this.source = null;
        }

        HandlerService(ServiceObjects<T> source) {
            this.instance = source.getService();
            this.source = source;
        }

        void start(ThingHandler handler, String[] interfaceNames) {
            instance.setThingHandler(handler);
            if (interfaceNames.length > 0) {
                registration = bundleContext.registerService(interfaceNames, instance, null);
            }
            instance.initialize();
        }

        void stop() {
            instance.dispose();
            ServiceRegistration<?> registered = registration;
            if (registered != null) {
                registered.unregister();
            }
            ServiceObjects<T> objects = source;
            if (objects != null) {
                objects.ungetService(instance);
            }
        }
    }
}
