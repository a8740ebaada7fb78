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

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Opens the built add-on jar and checks what openHAB needs to find in it, and what must never be in it.
 * Runs in the verify phase, after the jar is packed.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class JarPackagingIT {
    private static final int JAVA_17_CLASS_VERSION = 61;

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
    void handlerFactoryIsADeclarativeServicesComponent() throws IOException {
        String header = mainAttributes().getValue("Service-Component");
        assertNotNull(header, "Service-Component header");
        boolean factoryFound = false;
        for (String name : names("OSGI-INF/", ".xml")) {
            assertTrue(header.contains(name), name + " is not listed in Service-Component");
            Element component = xml(name).getDocumentElement();
            for (Element element : Descriptors.all(component)) {
                if ("implementation".equals(element.getLocalName())
                        && element.getAttribute("class").endsWith(".OctoEverywhereHandlerFactory")) {
                    factoryFound = true;
                    assertTrue(Descriptors.all(component).stream()
                            .anyMatch(e -> "provide".equals(e.getLocalName())
                                    && "org.openhab.core.thing.binding.ThingHandlerFactory"
                                            .equals(e.getAttribute("interface"))));
                }
            }
        }
        assertTrue(factoryFound, "no OSGI-INF component for OctoEverywhereHandlerFactory");
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
        String whiteboard = "jakarta.servlet".equals(servletPackage()) ? "(version>=2.0.0)(!(version>=3.0.0))" // the
                                                                                                               // OSGi
                                                                                                               // R8
                                                                                                               // servlet
                                                                                                               // whiteboard
                                                                                                               // of
                                                                                                               // openHAB
                                                                                                               // 5.3
                : "(version>=1.1.0)(!(version>=2.0.0))"; // the R7 HTTP whiteboard of openHAB 4.3 to 5.2
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

    @Test
    void theWebhookIsAWhiteboardServletThatMayReadAsynchronously() throws IOException {
        Element component = xml("OSGI-INF/org.openhab.binding.octoeverywhere.internal.webhook.WebhookServlet.xml")
                .getDocumentElement();
        Map<String, String> properties = new LinkedHashMap<>();
        for (Element element : Descriptors.all(component)) {
            if ("property".equals(element.getLocalName())) {
                String value = element.getAttribute("value");
                properties.put(element.getAttribute("name"), value.isEmpty() ? element.getTextContent().trim() : value);
            }
        }
        assertEquals("/octoeverywhere/webhook", properties.get("osgi.http.whiteboard.servlet.pattern"));
        assertEquals("true", properties.get("osgi.http.whiteboard.servlet.asyncSupported"));
        assertTrue(provides(component, servletPackage() + ".Servlet"));
    }

    @Test
    void theSetUpPagesAreAWhiteboardServletWithTheirTemplatesAndTheBindingsSettings() throws IOException {
        Element servlet = xml("OSGI-INF/org.openhab.binding.octoeverywhere.internal.connect.ConnectServlet.xml")
                .getDocumentElement();
        assertEquals("binding.octoeverywhere", servlet.getAttribute("configuration-pid"));
        assertFalse(servlet.getAttribute("modified").isEmpty(), "a changed appId restarts nothing");
        List<String> patterns = new ArrayList<>();
        for (Element element : Descriptors.all(servlet)) {
            if ("property".equals(element.getLocalName())
                    && "osgi.http.whiteboard.servlet.pattern".equals(element.getAttribute("name"))) {
                patterns.addAll(List.of(element.getTextContent().trim().split("\\s+")));
            }
        }
        assertEquals(List.of("/octoeverywhere", "/octoeverywhere/", "/octoeverywhere/connect",
                "/octoeverywhere/connected", "/octoeverywhere/result"), patterns);
        assertTrue(provides(servlet, servletPackage() + ".Servlet"));
        for (String template : List.of("layout", "setup", "printer", "message", "paste")) {
            entry("org/openhab/binding/octoeverywhere/internal/connect/" + template + ".html").close();
        }
        Element config = xml("OH-INF/config/binding-config.xml").getDocumentElement();
        assertEquals("binding:octoeverywhere", Descriptors.children(config).get(0).getAttribute("uri"));
        Element factory = xml(
                "OSGI-INF/org.openhab.binding.octoeverywhere.internal.factory.OctoEverywhereHandlerFactory.xml")
                .getDocumentElement();
        // The binding's settings are the set-up page's alone: bound to the factory, a change would restart it and
        // every printer thing with it.
        assertTrue(factory.getAttribute("configuration-pid").isEmpty(), "a changed appId restarts no printer");
    }

    @Test
    void printersReachTheInboxThroughADiscoveryService() throws IOException {
        Element discovery = xml(
                "OSGI-INF/org.openhab.binding.octoeverywhere.internal.discovery.ConnectDiscoveryService.xml")
                .getDocumentElement();
        assertTrue(provides(discovery, "org.openhab.core.config.discovery.DiscoveryService"));
        Map<String, String> imports = ManifestHeader.parse(mainAttributes().getValue("Import-Package"));
        assertTrue(imports.containsKey("org.openhab.core.config.discovery"), imports.keySet().toString());
        assertFalse(imports.keySet().stream().anyMatch(pkg -> pkg.contains(".internal")),
                "openHAB exports no internal package: " + imports.keySet());
    }

    /** The servlet API of the jar's openHAB line, as its module's import ranges name it. */
    private static String servletPackage() {
        return String.valueOf(System.getProperty("addon.imports")).contains("jakarta.servlet") ? "jakarta.servlet"
                : "javax.servlet";
    }

    private static boolean provides(Element component, String service) {
        return Descriptors.all(component).stream()
                .anyMatch(e -> "provide".equals(e.getLocalName()) && service.equals(e.getAttribute("interface")));
    }

    private Attributes mainAttributes() throws IOException {
        Manifest manifest = jar().getManifest();
        assertNotNull(manifest, "the jar has no manifest");
        return manifest.getMainAttributes();
    }

    private org.w3c.dom.Document xml(String name) throws IOException {
        try (InputStream in = entry(name)) {
            return Descriptors.parse(in, name);
        }
    }

    private InputStream entry(String name) throws IOException {
        JarEntry entry = jar().getJarEntry(name);
        assertNotNull(entry, name + " is missing from the jar");
        return jar().getInputStream(entry);
    }

    private List<String> names(String prefix, String suffix) {
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

    /** OSGi manifest header clauses: commas inside quoted attribute values do not separate clauses. */
    static final class ManifestHeader {
        private ManifestHeader() {
        }

        static Map<String, String> parse(@Nullable String header) {
            Map<String, String> clauses = new LinkedHashMap<>();
            if (header == null) {
                return clauses;
            }
            StringBuilder clause = new StringBuilder();
            boolean quoted = false;
            for (char c : (header + ",").toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                }
                if (c == ',' && !quoted) {
                    String text = clause.toString().trim();
                    clauses.put(text.split(";", 2)[0], text);
                    clause.setLength(0);
                } else {
                    clause.append(c);
                }
            }
            return clauses;
        }
    }
}
