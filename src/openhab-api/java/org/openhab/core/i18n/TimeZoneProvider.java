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
package org.openhab.core.i18n;

import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Tells the time zone openHAB is configured for.
 * <p>
 * Declaration of openHAB's {@code TimeZoneProvider} for building without openHAB's artifact repository; see
 * DEVELOPING.md. It only declares.
 */
@NonNullByDefault
public interface TimeZoneProvider {

    /** @return the time zone openHAB is set to, or the system's when none is set */
    ZoneId getTimeZone();
}
