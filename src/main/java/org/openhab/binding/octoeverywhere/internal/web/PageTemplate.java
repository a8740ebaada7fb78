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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An HTML template of the set-up pages, a resource beside this class in the jar. Placeholders:
 * <ul>
 * <li>{@code {{name}}}: a text value, HTML-escaped;</li>
 * <li>{@code {{{name}}}}: markup, {@link Html} made from other templates;</li>
 * <li>{@code {{text:key}}}: the i18n text of the key, HTML-escaped.</li>
 * </ul>
 * A placeholder without a value is a programming error, and fails at once rather than showing a half page.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class PageTemplate {
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\{([\\w-]+)}}}|\\{\\{(text:)?([\\w.-]+)}}");

    private final String name;
    private final String source;

    private PageTemplate(String name, String source) {
        this.name = name;
        this.source = source;
    }

    /**
     * @param anchor a class of the package the resource is in
     * @param name the resource's name, relative to the anchor's package
     * @throws IllegalStateException when the jar lacks it
     */
    public static PageTemplate load(Class<?> anchor, String name) {
        // The class's own loader: in openHAB the bundle's, which finds resources of the jar only.
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The page template " + name + " is missing from the add-on");
            }
            return new PageTemplate(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("The page template " + name + " cannot be read", e);
        }
    }

    /**
     * @param values a {@link String} for each {@code {{name}}}, an {@link Html} for each {@code {{{name}}}}
     * @param texts the text of each {@code {{text:key}}}
     * @throws IllegalStateException when a placeholder has no value of its kind
     */
    public Html fill(Map<String, ?> values, Function<String, String> texts) {
        Matcher matcher = PLACEHOLDER.matcher(source);
        StringBuilder page = new StringBuilder(source.length() + 256);
        while (matcher.find()) {
            String markupName = matcher.group(1);
            String replacement;
            if (markupName != null) {
                replacement = value(values, markupName, Html.class).markup();
            } else if (matcher.group(2) != null) {
                replacement = Html.escape(texts.apply(matcher.group(3)));
            } else {
                replacement = Html.escape(value(values, matcher.group(3), String.class));
            }
            matcher.appendReplacement(page, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(page);
        return new Html(page.toString());
    }

    private <T> T value(Map<String, ?> values, String key, Class<T> kind) {
        @Nullable
        Object value = values.get(key);
        if (!kind.isInstance(value)) {
            throw new IllegalStateException(
                    "The page template " + name + " needs a " + kind.getSimpleName() + " for " + key);
        }
        return kind.cast(value);
    }
}
