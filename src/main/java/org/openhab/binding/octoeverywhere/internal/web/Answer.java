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
import org.eclipse.jdt.annotation.Nullable;

/**
 * The answer to a request of the set-up pages: a page, or a redirect (303), perhaps setting the state cookie.
 *
 * @param page the page, or null for a redirect
 * @param location where a redirect goes
 * @param cookie the state to set as the browser's cookie, "" to remove it, null to leave it
 * @param summary what was done, for the log: never a token, state or query value
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record Answer(int status, @Nullable Html page, @Nullable String location, @Nullable String cookie,
        String summary) {
    public static Answer page(int status, Html page, String summary) {
        return new Answer(status, page, null, null, summary);
    }

    public static Answer redirect(String location, String summary) {
        return new Answer(303, null, location, null, summary);
    }

    public Answer withCookie(String state) {
        return new Answer(status, page, location, state, summary);
    }

    /** The summary only: the page and the location may hold a secret. */
    @Override
    public String toString() {
        return "Answer[" + status + ", " + summary + "]";
    }
}
