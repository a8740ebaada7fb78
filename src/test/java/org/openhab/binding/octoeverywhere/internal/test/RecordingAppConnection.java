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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.ApiError;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;
import org.openhab.binding.octoeverywhere.internal.connection.AppConnection;
import org.openhab.binding.octoeverywhere.internal.connection.CallRefusedException;

/**
 * An App Connection that records what the parts report to it and, like the connection watch, refuses every call once
 * a call found the token dead. It asks OctoEverywhere nothing itself.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class RecordingAppConnection implements AppConnection {
    /** Each report, in order: {@code succeeded}, or {@code failed <code>}. */
    public final List<String> reports = new CopyOnWriteArrayList<>();

    private volatile @Nullable CallRefusedException refusal;

    @Override
    public @Nullable CallRefusedException refusal() {
        return refusal;
    }

    @Override
    public void callSucceeded() {
        reports.add("succeeded");
    }

    @Override
    public void callFailed(OctoEverywhereException failure) {
        reports.add("failed " + failure.statusCode());
        if (failure.error() == ApiError.TOKEN_INVALID) {
            refusal = CallRefusedException.connectionGone(failure.statusCode());
        }
    }
}
