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
package org.openhab.binding.octoeverywhere.internal.handler;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.osgi.service.component.annotations.Component;

/**
 * The printer handlers the binding runs, as the handler factory creates and removes them: how the notification
 * webhook finds the printers, without static state.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = PrinterRegistry.class)
public class PrinterRegistry {
    private final Set<PrinterHandler> printers = ConcurrentHashMap.newKeySet();

    public void add(PrinterHandler printer) {
        printers.add(printer);
    }

    public void remove(PrinterHandler printer) {
        printers.remove(printer);
    }

    public List<PrinterHandler> printers() {
        return List.copyOf(printers);
    }
}
