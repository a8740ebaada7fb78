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
package org.openhab.core.config.discovery.inbox;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.config.discovery.DiscoveryResult;

/**
 * openHAB's Inbox: the discovery results that wait for the user's approval.
 * <p>
 * Declaration of the part of openHAB's {@code Inbox} the binding uses, for building without openHAB's artifact
 * repository; see DEVELOPING.md. It only declares a subset of openHAB's abstract methods, so the binding must not
 * implement it (tests may mock it).
 */
@NonNullByDefault
public interface Inbox {
    List<DiscoveryResult> getAll();

    Stream<DiscoveryResult> stream();
}
