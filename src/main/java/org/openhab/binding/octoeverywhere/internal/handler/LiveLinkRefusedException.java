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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.octoeverywhere.internal.api.ApiError;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;

/**
 * A Live Link the handler did not ask OctoEverywhere for, or could not hand over: nothing was sent, or the answer
 * came after the thing stopped. The message says why, for logs and rule actions.
 */
@NonNullByDefault
public class LiveLinkRefusedException extends OctoEverywhereException {
    private static final long serialVersionUID = 1L;

    public LiveLinkRefusedException(ApiError error, int statusCode, String reason) {
        super(error, statusCode, reason);
    }
}
