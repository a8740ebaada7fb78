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
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.ThingStatus;

/**
 * Checks the texts under {@code ESH-INF/i18n/}: every text of the descriptors, the status texts, action results and
 * set-up pages has a key in every language, every language has the same keys, and each text survives the formatting
 * openHAB or the binding gives it.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class TranslationsTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path TEMPLATES = Path.of("src/main/resources");

    @Test
    void everyTextHasAnI18nKeyInEveryLanguage() throws IOException {
        Set<String> expected = new TreeSet<>(I18nKeys.ofAddon(Descriptors.ESH_INF.resolve("addon/addon.xml")));
        for (Path file : Descriptors.files(".xml")) {
            if (file.startsWith(Descriptors.ESH_INF.resolve("thing"))) {
                expected.addAll(I18nKeys.ofThingDescriptions(file));
            }
            if (file.startsWith(Descriptors.ESH_INF.resolve("config"))) {
                expected.addAll(I18nKeys.ofConfigDescriptions(file));
            }
        }
        assertTrue(expected.contains("addon.config.octoeverywhere.appId.label"), expected.toString());
        assertTrue(expected.contains("addon.config.octoeverywhere.appId.description"), expected.toString());
        expected.addAll(statusTextKeys());
        expected.addAll(setupPageKeys());
        assertFalse(expected.isEmpty());
        for (Path bundle : Descriptors.files(".properties")) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(load(bundle).stringPropertyNames());
            assertEquals(Set.of(), missing, bundle + " lacks keys");
        }
    }

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        Properties english = load(Descriptors.ESH_INF.resolve("i18n/octoeverywhere.properties"));
        List<Path> bundles = Descriptors.files(".properties");
        assertTrue(bundles.size() >= 2, "English and German texts expected");
        for (Path bundle : bundles) {
            assertEquals(english.stringPropertyNames(), load(bundle).stringPropertyNames(), bundle.toString());
        }
    }

    @Test
    void textsWithArgumentsSurviveMessageFormat() throws IOException {
        // openHAB formats status texts, and the binding its action results and set-up page texts, with MessageFormat,
        // where a lone ' starts a quoted section; the labels of actions, their inputs and outputs are shown as written.
        for (Path bundle : Descriptors.files(".properties")) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String text = String.valueOf(texts.getProperty(key));
                if (key.startsWith("offline.") || key.startsWith("action.result.") || key.startsWith("connect.")) {
                    assertFalse(text.replace("''", "").contains("'"), bundle + ": " + key + " has a lone apostrophe");
                    assertEquals(text.replace("''", "'").replace("{0}", "7"), java.text.MessageFormat.format(text, "7"),
                            bundle + ": " + key);
                } else {
                    assertFalse(text.contains("''"), bundle + ": " + key + " is shown as written, with ''");
                }
            }
        }
    }

    /** The i18n keys the code uses for thing status descriptions and action texts. */
    private static Set<String> statusTextKeys() throws IOException {
        // "@text/key" where the text is set at once, "offline.key" where the code builds "@text/" + key.
        return keys(SOURCES, ".java", Pattern.compile("\"(?:@text/)?((?:offline|action)\\.[A-Za-z0-9.\\-_]+)"));
    }

    /**
     * The i18n keys of the set-up pages: those the code names, those the templates name as {@code {{text:key}}}, and a
     * status word for every thing status.
     */
    private static Set<String> setupPageKeys() throws IOException {
        Set<String> keys = keys(SOURCES, ".java", Pattern.compile("\"(connect\\.[A-Za-z0-9.\\-_]*[A-Za-z0-9_-])\""));
        keys.addAll(keys(TEMPLATES, ".html", Pattern.compile("\\{\\{text:([\\w.-]+)}}")));
        assertTrue(keys.size() > 20, keys.toString());
        for (ThingStatus status : ThingStatus.values()) {
            keys.add("connect.page.status." + status.name().toLowerCase(Locale.ROOT));
        }
        keys.add("connect.page.status.disabled");
        return keys;
    }

    /** The first group of every match of the key pattern in the files under the root whose names end so. */
    private static Set<String> keys(Path root, String suffix, Pattern key) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
