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

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Checks what Karaf and the OSGi framework read before they start the bundle: the feature that installs it, and the
 * imports and requirements of its manifest, which must fit exactly the openHAB line the jar is built for.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class JarManifestIT extends AbstractJarIT {
    @Test
    void importsAcceptExactlyTheOpenHabLineOfTheJarAndItsLibraries() throws IOException {
        Attributes manifest = mainAttributes();
        assertEquals("org.openhab.binding.octoeverywhere", manifest.getValue("Bundle-SymbolicName"));
        Map<String, String> imports = ManifestHeader.parse(manifest.getValue("Import-Package"));
        assertTrue(imports.containsKey("org.openhab.core.thing.binding"), imports.keySet().toString());
        assertTrue(imports.containsKey(servletPackage()), imports.keySet().toString());
        assertTrue(imports.containsKey(servletPackage() + ".http"), imports.keySet().toString());
        Map<String, String> ranges = new LinkedHashMap<>();
        ManifestHeader.parse(System.getProperty("addon.imports")).forEach((pattern, instruction) -> {
            Matcher range = Pattern.compile("version=\"([^\"]+)\"").matcher(instruction);
            if (range.find()) {
                ranges.put(pattern, range.group(1));
            }
        });
        ranges.put("com.google.gson.*", "[2.10,3)");
        assertTrue(ranges.containsKey("org.openhab.core.*"), "failsafe names the module's import ranges: " + ranges);
        for (Map.Entry<String, String> entry : imports.entrySet()) {
            String pkg = entry.getKey();
            String clause = entry.getValue();
            assertFalse(pkg.startsWith("java."), "java.* must not be imported: " + pkg);
            assertFalse(pkg.startsWith("javax.servlet") && "jakarta.servlet".equals(servletPackage()), clause);
            assertFalse(pkg.startsWith("jakarta.servlet") && "javax.servlet".equals(servletPackage()), clause);
            for (Map.Entry<String, String> range : ranges.entrySet()) {
                String pattern = range.getKey();
                if (pattern.endsWith(".*") ? pkg.startsWith(pattern.substring(0, pattern.length() - 1))
                        : pkg.equals(pattern)) {
                    assertTrue(clause.contains("version=\"" + range.getValue() + "\""), clause + " " + range);
                    break;
                }
            }
            if ("org.openhab.core.automation.annotation".equals(pkg)) {
                assertTrue(clause.contains("resolution:=optional"), clause);
            }
        }
    }

    @Test
    void theServletsNeedTheWhiteboardOfTheJarsOpenHabLine() throws IOException {
        String requirements = String.valueOf(mainAttributes().getValue("Require-Capability"));
        // The OSGi R8 servlet whiteboard of openHAB 5.3, or the R7 HTTP whiteboard of openHAB 4.3 to 5.2.
        String whiteboard = "jakarta.servlet".equals(servletPackage()) ? "(version>=2.0.0)(!(version>=3.0.0))"
                : "(version>=1.1.0)(!(version>=2.0.0))";
        assertTrue(requirements.contains("(osgi.implementation=osgi.http)" + whiteboard), requirements);
    }

    @Test
    void karafFeatureInstallsTheBundleOnTopOfOpenHabsRuntime() throws IOException {
        String path = System.getProperty("addon.feature");
        assertNotNull(path, "system property addon.feature names the filtered feature.xml");
        Element features = Descriptors.parse(Path.of(path)).getDocumentElement();
        assertFalse(Descriptors.all(features).stream().anyMatch(e -> e.getTextContent().contains("${")), "unfiltered");
        List<Element> feature = Descriptors.all(features).stream()
                .filter(e -> "feature".equals(e.getLocalName()) && e.hasAttribute("name")).toList();
        assertEquals(1, feature.size());
        assertEquals("openhab-binding-octoeverywhere", feature.get(0).getAttribute("name"));
        assertEquals("openhab-runtime-base", Descriptors.childText(feature.get(0), "feature"));
        String bundle = Descriptors.childText(feature.get(0), "bundle");
        String jarName = Path.of(String.valueOf(System.getProperty("addon.jar"))).getFileName().toString();
        String artifactId = String.valueOf(System.getProperty("addon.artifactId"));
        String version = jarName.substring(artifactId.length() + 1, jarName.length() - 4);
        assertEquals("mvn:org.openhab.addons.bundles/" + artifactId + "/" + version, bundle);
    }
}
