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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Checks the Declarative Services components of the built jar: the handler factory, the webhook and set-up page
 * servlets on the whiteboard, the discovery service that puts printers into the Inbox.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class JarComponentsIT extends AbstractJarIT {
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
}
