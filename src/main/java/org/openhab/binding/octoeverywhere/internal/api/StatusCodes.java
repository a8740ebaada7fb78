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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * English meaning of the status codes OctoEverywhere documents, for log and exception messages.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class StatusCodes {

    private StatusCodes() {
    }

    static String describe(int statusCode) {
        return switch (statusCode) {
            case 400 -> "invalid request";
            case 500 -> "server error";
            case 600 -> "unknown OctoEverywhere error";
            case 601 -> "printer not connected to OctoEverywhere";
            case 602 -> "OctoEverywhere's connection to the printer timed out";
            case 603 -> "App Connection not found, a new App API token is needed";
            case 604 -> "App Connection revoked or expired, a new App API token is needed";
            case 605 -> "the printer owner has no OctoEverywhere Supporter Perks";
            case 606 -> "invalid App Connection credentials, a new App API token is needed";
            case 607 -> "file download limit exceeded";
            case 608 -> "file upload limit exceeded";
            case 609 -> "webcam limit reached";
            case 610 -> "the OctoEverywhere plugin on the printer needs an update";
            case 611 -> "no beta access";
            case 612 -> "OctoEverywhere plugin error";
            case 613 -> "no active print";
            default -> {
                if (statusCode >= 300 && statusCode < 400) {
                    yield "redirect, not followed";
                }
                yield statusCode >= 500 && statusCode < 600 ? "server error" : "unexpected status";
            }
        };
    }
}
