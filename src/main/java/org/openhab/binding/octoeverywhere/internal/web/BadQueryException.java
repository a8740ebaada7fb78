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
package org.openhab.binding.octoeverywhere.internal.web;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A query the set-up pages refuse to read. Its message is one of a few fixed texts that never repeat a key or value,
 * so that it can be logged.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class BadQueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private BadQueryException(String fixedText) {
        super(fixedText);
    }

    public static BadQueryException queryTooLong() {
        return new BadQueryException("the query is longer than " + QueryParameters.MAX_QUERY_LENGTH + " characters");
    }

    public static BadQueryException parameterTooLong() {
        return new BadQueryException(
                "a parameter is longer than " + QueryParameters.MAX_PARAMETER_LENGTH + " characters");
    }

    public static BadQueryException repeatedKey() {
        return new BadQueryException("a key is repeated");
    }

    public static BadQueryException badlyEncoded() {
        return new BadQueryException("a parameter is not URL-encoded properly");
    }
}
