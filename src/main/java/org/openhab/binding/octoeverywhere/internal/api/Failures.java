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
package org.openhab.binding.octoeverywhere.internal.api;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The failure of a call to OctoEverywhere, as the client's futures report it.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class Failures {
    private Failures() {
    }

    /** What made a future fail, without the {@link CompletionException} a dependent future wraps it in. */
    public static @Nullable Throwable cause(@Nullable Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** The {@link OctoEverywhereException} behind a future's failure; anything else counts as no answer. */
    public static OctoEverywhereException unwrap(@Nullable Throwable error) {
        Throwable cause = cause(error);
        if (cause instanceof OctoEverywhereException failure) {
            return failure;
        }
        String reason = cause instanceof CancellationException ? "the request was cancelled"
                : "unexpected failure: " + (cause == null ? "unknown" : cause.getClass().getSimpleName());
        return new OctoEverywhereException(ApiError.COMMUNICATION, 0, reason, cause);
    }
}
