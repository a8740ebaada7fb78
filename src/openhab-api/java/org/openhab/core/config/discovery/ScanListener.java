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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Hears when a scan of a discovery service ends.
 * <p>
 * Declaration of openHAB's {@code ScanListener} for building without openHAB's artifact repository; see DEVELOPING.md.
 * It only declares.
 */
@NonNullByDefault
public interface ScanListener {

    void onFinished();

    void onErrorOccurred(@Nullable Exception exception);
}
