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
package org.openhab.binding.octoeverywhere.internal.connection;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;

/**
 * The App Connection as the parts that call OctoEverywhere see it: whether they may call at all, and what their calls
 * taught about it. The {@link ConnectionWatch} is the one that decides.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface AppConnection {
    /** Why no call may be made any more, or null while calls may be made; never waits. */
    @Nullable
    CallRefusedException refusal();

    /** A call succeeded: OctoEverywhere accepted the token. */
    void callSucceeded();

    /** A call failed: a dead token ends the App Connection, other failures make it check soon. */
    void callFailed(OctoEverywhereException failure);
}
