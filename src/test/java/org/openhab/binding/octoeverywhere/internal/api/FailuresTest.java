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

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * What the parts of the binding take from a failed future: OctoEverywhere's answer, or no answer.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class FailuresTest {
    @Test
    void theFailureOfACallIsFoundInsideADependentFuturesWrapper() {
        OctoEverywhereException failure = new OctoEverywhereException(ApiError.NOT_SUPPORTER, 605, "test");
        assertSame(failure, Failures.unwrap(new CompletionException(failure)));
        assertSame(failure, Failures.unwrap(failure));
    }

    @Test
    void anyOtherFailureCountsAsNoAnswerAndSaysWhy() {
        assertNoAnswer("the request was cancelled",
                Failures.unwrap(new CompletionException(new CancellationException())));
        IllegalStateException bug = new IllegalStateException("a bug");
        OctoEverywhereException unexpected = Failures.unwrap(bug);
        assertNoAnswer("unexpected failure: IllegalStateException", unexpected);
        assertSame(bug, unexpected.getCause());
        assertNoAnswer("unexpected failure: unknown", Failures.unwrap(null));
    }

    private static void assertNoAnswer(String message, OctoEverywhereException failure) {
        assertEquals(ApiError.COMMUNICATION, failure.error());
        assertEquals(0, failure.statusCode());
        assertEquals(message, failure.getMessage());
    }
}
