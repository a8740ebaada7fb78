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

/**
 * A Live Link the thing did not ask OctoEverywhere for, or could not hand over. The message is English text for
 * the log; people are told the {@link #reason()} in their language.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class CallRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The thing's configuration is invalid; its status says which parameter. Nothing was sent. */
        CONFIGURATION,
        /** OctoEverywhere said the App Connection is gone (603, 604, 606): only a new token helps. */
        CONNECTION_GONE,
        /** The thing is not running (disabled, removed, or openHAB is stopping). Nothing was sent. */
        NOT_RUNNING,
        /** The thing was stopped or reconfigured before OctoEverywhere's answer arrived. */
        STOPPED
    }

    private final Reason reason;
    private final int statusCode;

    private CallRefusedException(Reason reason, int statusCode, String message) {
        super(message);
        this.reason = reason;
        this.statusCode = statusCode;
    }

    public static CallRefusedException configuration() {
        return new CallRefusedException(Reason.CONFIGURATION, 0, "the thing configuration is invalid (see its status)");
    }

    public static CallRefusedException connectionGone(int code) {
        return new CallRefusedException(Reason.CONNECTION_GONE, code,
                "the App Connection is gone (OctoEverywhere code " + code + "); a new App API token is needed");
    }

    public static CallRefusedException notRunning() {
        return new CallRefusedException(Reason.NOT_RUNNING, 0, "the thing is not running");
    }

    public static CallRefusedException stopped() {
        return new CallRefusedException(Reason.STOPPED, 0,
                "the thing was stopped or reconfigured before OctoEverywhere answered");
    }

    public Reason reason() {
        return reason;
    }

    /** OctoEverywhere's code that ended the App Connection; 0 for the other reasons. */
    public int statusCode() {
        return statusCode;
    }
}
