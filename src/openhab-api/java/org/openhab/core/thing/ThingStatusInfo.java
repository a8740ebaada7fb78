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
package org.openhab.core.thing;

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A thing's status, status detail and optional description.
 * <p>
 * Declaration of openHAB's {@code ThingStatusInfo} for building without openHAB's artifact repository; see
 * DEVELOPING.md. {@code toString}, {@code equals} and {@code hashCode} follow openHAB 4.3.11/5.2.1.
 */
@NonNullByDefault
public class ThingStatusInfo {

    private final ThingStatus status;
    private final ThingStatusDetail statusDetail;
    private @Nullable String description;

    /** UNKNOWN without detail or description, for deserialisation. */
    protected ThingStatusInfo() {
        status = ThingStatus.UNKNOWN;
        statusDetail = ThingStatusDetail.NONE;
    }

    public ThingStatusInfo(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        this.status = status;
        this.statusDetail = statusDetail;
        this.description = description;
    }

    public ThingStatus getStatus() {
        return status;
    }

    public ThingStatusDetail getStatusDetail() {
        return statusDetail;
    }

    public @Nullable String getDescription() {
        return description;
    }

    /**
     * @return e.g. {@code OFFLINE (COMMUNICATION_ERROR): timeout}; the detail is left out when NONE, the description
     *         when null or blank
     */
    @Override
    public String toString() {
        String text = description;
        String detail = statusDetail == ThingStatusDetail.NONE ? "" : " (" + statusDetail + ")";
        return status + detail + (text == null || text.isBlank() ? "" : ": " + text);
    }

    @Override
    public int hashCode() {
        String text = description;
        int result = 31 + (text == null ? 0 : text.hashCode());
        result = 31 * result + status.hashCode();
        return 31 * result + statusDetail.hashCode();
    }

    /**
     * Equal to a status info of the same class with equal status, detail and description.
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (obj == this) {
            return true;
        }
        if (obj == null || obj.getClass() != getClass()) {
            return false;
        }
        ThingStatusInfo other = (ThingStatusInfo) obj;
        return status == other.status && statusDetail == other.statusDetail
                && Objects.equals(description, other.description);
    }
}
