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
package org.openhab.binding.octoeverywhere.internal.action;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.octoeverywhere.internal.test.AbstractPrinterTest;

/**
 * The rule actions of a running printer thing, called the way DSL rules call them (the static twins) and the way JS
 * and the Main UI do.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
abstract class AbstractPrinterActionsTest extends AbstractPrinterTest {
    /** Starts the thing with these settings, runs its first status check and binds the actions to its handler. */
    PrinterActions bind(Map<String, Object> settings) {
        fixture.start(settings);
        fixture.scheduler.runDue();
        return fixture.actions();
    }

    PrinterActions bind() {
        return bind(Map.of());
    }
}
