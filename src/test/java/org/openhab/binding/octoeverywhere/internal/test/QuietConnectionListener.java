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
package org.openhab.binding.octoeverywhere.internal.test;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.AppConnectionInfo;
import org.openhab.binding.octoeverywhere.internal.handler.ConnectionStatus;
import org.openhab.binding.octoeverywhere.internal.handler.ConnectionWatch;

/**
 * A connection watch listener for tests of other parts, which need a watch but not what it reports.
 */
@NonNullByDefault
public class QuietConnectionListener implements ConnectionWatch.Listener {
    @Override
    public void statusChanged(ConnectionStatus status) {}

    @Override
    public void printerChanged(@Nullable AppConnectionInfo info) {}
}
