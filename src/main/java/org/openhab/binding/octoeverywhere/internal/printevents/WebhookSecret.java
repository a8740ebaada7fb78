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
package org.openhab.binding.octoeverywhere.internal.printevents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The secret key OctoEverywhere sends with every notification, kept and compared as a SHA-256 digest: comparing two
 * digests of fixed length takes the same time whatever the secrets are, so a caller learns nothing from the timing.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class WebhookSecret {
    /** The longest secret OctoEverywhere's notification page accepts. */
    public static final int MAX_LENGTH = 128;
    /** The shortest secret a thing takes: anyone on the LAN may try secrets, a short one is guessed. */
    public static final int MIN_LENGTH = 16;

    private final byte[] digest;

    private WebhookSecret(byte[] digest) {
        this.digest = digest;
    }

    public static WebhookSecret of(String secret) {
        try {
            return new WebhookSecret(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }

    /** Whether a configured secret, stripped, is long enough to take notifications with and short enough to enter. */
    public static boolean isUsable(String secret) {
        int length = secret.strip().length();
        return length >= MIN_LENGTH && length <= MAX_LENGTH;
    }

    public boolean matches(WebhookSecret other) {
        return MessageDigest.isEqual(digest, other.digest);
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "WebhookSecret[***]";
    }
}
