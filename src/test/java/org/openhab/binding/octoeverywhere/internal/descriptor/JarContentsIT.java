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

import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Checks what the built jar holds, and what must never be in it: the descriptors and texts where openHAB looks for
 * them, no classes of the libraries openHAB provides, bytecode for Java 17.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class JarContentsIT extends AbstractJarIT {
    private static final int JAVA_17_CLASS_VERSION = 61;

    @Test
    void addonDescriptorDeclaresTheCloudBinding() throws IOException {
        Element addon = xml("OH-INF/addon/addon.xml").getDocumentElement();
        assertEquals("octoeverywhere", addon.getAttribute("id"));
        assertEquals("binding", Descriptors.childText(addon, "type"));
        assertEquals("cloud", Descriptors.childText(addon, "connection"));
    }

    @Test
    void thingDescriptorsAndTextsArePackedUnderOhInf() throws IOException {
        List<String> thingFiles = names("OH-INF/thing/", ".xml");
        assertFalse(thingFiles.isEmpty(), "no OH-INF/thing/*.xml");
        for (String name : thingFiles) {
            xml(name);
        }
        assertTrue(names("OH-INF/i18n/", ".properties").contains("OH-INF/i18n/octoeverywhere.properties"));
        assertEquals(List.of(), names("ESH-INF/", ""), "descriptors must be packed as OH-INF/");
    }

    @Test
    void libraryClassesAreNotEmbedded() {
        for (String prefix : List.of("org/openhab/core/", "org/eclipse/jetty/", "com/google/gson/", "org/slf4j/",
                "org/eclipse/jdt/")) {
            assertEquals(List.of(), names(prefix, ""), "the jar must not contain " + prefix);
        }
    }

    @Test
    void classesTargetJava17() throws IOException {
        List<String> classes = names("org/openhab/binding/octoeverywhere/", ".class");
        assertFalse(classes.isEmpty());
        for (String name : classes) {
            try (DataInputStream in = new DataInputStream(entry(name))) {
                assertEquals(0xCAFEBABE, in.readInt(), name);
                in.readUnsignedShort();
                assertEquals(JAVA_17_CLASS_VERSION, in.readUnsignedShort(), name + " is not Java 17 bytecode");
            }
        }
    }
}
