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
package org.openhab.core.i18n;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;

/**
 * Translates the i18n keys of a bundle.
 * <p>
 * Declaration of openHAB's {@code TranslationProvider} for building without openHAB's artifact repository; see
 * DEVELOPING.md. It only declares.
 */
@NonNullByDefault
public interface TranslationProvider {

    /**
     * @return the text of {@code key} in {@code locale} from the bundle's i18n files, else {@code defaultText}
     */
    @Nullable
    String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
            @Nullable Locale locale);

    /**
     * As {@link #getText(Bundle, String, String, Locale)}, with the arguments put in by {@code MessageFormat}.
     */
    @Nullable
    String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText, @Nullable Locale locale,
            @Nullable Object @Nullable... arguments);
}
