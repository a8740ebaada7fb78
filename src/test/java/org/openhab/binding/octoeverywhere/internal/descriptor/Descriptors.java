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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads openHAB descriptor XML for the tests: namespace-aware, no external entities.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class Descriptors {
    /** Where the project keeps the descriptors that the build packs as {@code OH-INF/}. */
    static final Path ESH_INF = Path.of("ESH-INF");

    private Descriptors() {
    }

    /** The files under {@link #ESH_INF} whose names end so, in a stable order. */
    static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(ESH_INF)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    static Document parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    static Document parse(InputStream in, String name) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            return fail(name + " is not well-formed XML: " + e.getMessage());
        }
    }

    /** The element children of {@code parent}. */
    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** {@code root} and every element below it, in document order. */
    static List<Element> all(Element root) {
        List<Element> all = new ArrayList<>();
        all.add(root);
        for (Element child : children(root)) {
            all.addAll(all(child));
        }
        return all;
    }

    static String childText(Element parent, String localName) {
        for (Element child : children(parent)) {
            if (localName.equals(child.getLocalName())) {
                return String.valueOf(child.getTextContent()).trim();
            }
        }
        return "";
    }

    /** Fails unless the children of {@code parent} are known and appear in the order {@code order} gives. */
    static void assertOrder(Element parent, List<String> order) {
        int last = -1;
        for (Element child : children(parent)) {
            int position = order.indexOf(child.getLocalName());
            String where = "<" + child.getLocalName() + "> in <" + parent.getLocalName() + " id=\""
                    + parent.getAttribute("id") + "\">";
            assertTrue(position >= 0, "unknown element " + where);
            assertTrue(position >= last, "element out of order: " + where);
            last = position;
        }
    }
}
