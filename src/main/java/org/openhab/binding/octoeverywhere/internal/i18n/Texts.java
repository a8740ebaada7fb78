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
package org.openhab.binding.octoeverywhere.internal.i18n;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.osgi.framework.Bundle;

/**
 * The texts rule actions return, in the language openHAB is set to.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class Texts {
    private final TranslationProvider translationProvider;
    private final LocaleProvider localeProvider;
    private final @Nullable Bundle bundle;

    /**
     * @param bundle the add-on's bundle, whose {@code OH-INF/i18n} files hold the texts
     */
    public Texts(TranslationProvider translationProvider, LocaleProvider localeProvider, @Nullable Bundle bundle) {
        this.translationProvider = translationProvider;
        this.localeProvider = localeProvider;
        this.bundle = bundle;
    }

    /** The text of {@code key} with the arguments put in; the key itself if there is no text. */
    public String get(String key, @Nullable Object... arguments) {
        String text = translationProvider.getText(bundle, key, key, localeProvider.getLocale(), arguments);
        return text != null ? text : key;
    }
}
