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
package org.openhab.binding.octoeverywhere.internal.descriptor;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.w3c.dom.Element;

/**
 * Opens the built add-on jar for a check of what openHAB finds in it. Runs in the verify phase, after the jar is
 * packed.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
abstract class AbstractJarIT {
    private @Nullable JarFile jar;

    @BeforeEach
    void openJar() throws IOException {
        String path = System.getProperty("addon.jar");
        // Failsafe names the built jar; a surefire run picked by a -Dtest pattern has none to check.
        assumeTrue(path != null, "no built jar to check (system property addon.jar)");
        assertTrue(Files.isRegularFile(Path.of(path)), "failsafe names a jar the build did not make: " + path);
        jar = new JarFile(Path.of(path).toFile());
    }

    @AfterEach
    void closeJar() throws IOException {
        JarFile jar = this.jar;
        if (jar != null) {
            jar.close();
        }
    }

    /** The servlet API of the jar's openHAB line, as its module's import ranges name it. */
    static String servletPackage() {
        return String.valueOf(System.getProperty("addon.imports")).contains("jakarta.servlet") ? "jakarta.servlet"
                : "javax.servlet";
    }

    static boolean provides(Element component, String service) {
        return Descriptors.all(component).stream()
                .anyMatch(e -> "provide".equals(e.getLocalName()) && service.equals(e.getAttribute("interface")));
    }

    Attributes mainAttributes() throws IOException {
        Manifest manifest = jar().getManifest();
        assertNotNull(manifest, "the jar has no manifest");
        return manifest.getMainAttributes();
    }

    org.w3c.dom.Document xml(String name) throws IOException {
        try (InputStream in = entry(name)) {
            return Descriptors.parse(in, name);
        }
    }

    InputStream entry(String name) throws IOException {
        JarEntry entry = jar().getJarEntry(name);
        assertNotNull(entry, name + " is missing from the jar");
        return jar().getInputStream(entry);
    }

    List<String> names(String prefix, String suffix) {
        List<String> names = new ArrayList<>();
        for (JarEntry entry : Collections.list(jar().entries())) {
            if (!entry.isDirectory() && entry.getName().startsWith(prefix) && entry.getName().endsWith(suffix)) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private JarFile jar() {
        JarFile jar = this.jar;
        assertNotNull(jar);
        return jar;
    }
}
