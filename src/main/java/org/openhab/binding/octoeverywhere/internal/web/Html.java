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
package org.openhab.binding.octoeverywhere.internal.web;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Markup that is safe to put into a page as it is: a filled template. Text becomes markup only through
 * {@link #escape(String)}, so a value from a query, a printer name or a token can never add markup of its own.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record Html(String markup) {
    public static final Html EMPTY = new Html("");

    /**
     * The text with {@code & < > " '} replaced by character references: safe in element content and in quoted
     * attributes.
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    public static Html join(List<Html> parts) {
        StringBuilder joined = new StringBuilder();
        parts.forEach(part -> joined.append(part.markup()));
        return new Html(joined.toString());
    }
}
