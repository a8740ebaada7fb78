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
package org.openhab.binding.octoeverywhere.internal.connect;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The set-up pages' templates, as the jar holds them.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ConnectTemplatesTest {
    static final Path TEMPLATES = Path.of("src/main/resources/org/openhab/binding/octoeverywhere/internal/connect");

    @Test
    void templatesLoadNothingFromElsewhereAndRunNoScript() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                String template = Files.readString(file).toLowerCase(Locale.ROOT);
                assertFalse(template.contains("<script"), file.toString());
                assertFalse(template.contains(" on"), file + ": no event handler attributes");
                assertFalse(template.contains("http:") || template.contains("https:") || template.contains("//"),
                        file + ": nothing from elsewhere");
                assertFalse(template.contains("@import") || template.contains("url("), file.toString());
            }
        }
    }
}
