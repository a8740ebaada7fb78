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
package org.openhab.binding.octoeverywhere.internal.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.connection.ConnectionStatus.Description;
import org.openhab.binding.octoeverywhere.internal.discovery.PrinterThings.Printer;
import org.openhab.binding.octoeverywhere.internal.discovery.PrinterThings.Waiting;
import org.openhab.binding.octoeverywhere.internal.i18n.Texts;
import org.openhab.binding.octoeverywhere.internal.web.Html;
import org.openhab.binding.octoeverywhere.internal.web.PageTemplate;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Fills the page templates with the texts of openHAB's language. Every value is HTML-escaped by the template; texts
 * are i18n keys ({@code connect.page.*}), formatted with their arguments like status texts (so a text's apostrophe
 * is written {@code ''}).
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ConnectPages {
    private final Texts texts;
    private final LocaleProvider localeProvider;
    private final PageTemplate layout = PageTemplate.load(ConnectPages.class, "layout.html");
    private final PageTemplate setup = PageTemplate.load(ConnectPages.class, "setup.html");
    private final PageTemplate printer = PageTemplate.load(ConnectPages.class, "printer.html");
    private final PageTemplate noPrinters = PageTemplate.load(ConnectPages.class, "no-printers.html");
    private final PageTemplate detail = PageTemplate.load(ConnectPages.class, "detail.html");
    private final PageTemplate message = PageTemplate.load(ConnectPages.class, "message.html");
    private final PageTemplate link = PageTemplate.load(ConnectPages.class, "link.html");
    private final PageTemplate note = PageTemplate.load(ConnectPages.class, "note.html");
    private final PageTemplate paste = PageTemplate.load(ConnectPages.class, "paste.html");
    private final PageTemplate reconnect = PageTemplate.load(ConnectPages.class, "reconnect.html");

    private final String addonSettings;

    ConnectPages(Texts texts, LocaleProvider localeProvider) {
        this.texts = texts;
        this.localeProvider = localeProvider;
        Bundle bundle = FrameworkUtil.getBundle(ConnectPages.class);
        this.addonSettings = ConnectPaths.addonSettings(bundle == null ? null : bundle.getLocation());
    }

    String text(String key, Object... arguments) {
        return texts.get(key, arguments);
    }

    /**
     * @param waiting the printers in the Inbox, listed first: approving them is the next step
     * @param appId the app id the portal is opened with
     * @param base the path openHAB's HTTP server serves the pages under (normally "")
     */
    Html setup(List<Printer> printers, List<Waiting> waiting, String appId, String base) {
        List<Html> rows = new ArrayList<>();
        waiting.forEach(entry -> rows.add(row(entry)));
        printers.forEach(printer -> rows.add(row(printer, base)));
        Html content = setup.fill(Map.of("connectHref", base + ConnectPaths.CONNECT, "printers",
                rows.isEmpty() ? noPrinters.fill(Map.of(), this::text) : Html.join(rows), "appId",
                text("connect.page.setup.app-id", appId), "settingsHref", addonSettings), this::text);
        return page(text("connect.page.setup.title"), content);
    }

    /**
     * A page that tells what happened.
     *
     * @param extra more markup after the message, e.g. a {@link #note(String)}
     * @param action a {@link #link(String, String)} before the way back to the set-up page
     */
    Html message(String title, String text, Html extra, Html action, String base) {
        Html content = message.fill(Map.of("title", title, "message", text, "extra", extra, "action", action,
                "setupHref", base + ConnectPaths.SETUP), this::text);
        return page(title, content);
    }

    Html link(String href, String label) {
        return link.fill(Map.of("href", href, "label", label), this::text);
    }

    /** "Try again": starts the same kind of round trip anew. */
    Html retry(@Nullable ThingUID reconnect, String base) {
        return link(base + ConnectPaths.retry(reconnect), text("connect.page.retry"));
    }

    Html note(String text) {
        return note.fill(Map.of("text", text), this::text);
    }

    /** @param line the line to paste into the {@code .things} file: holds the token */
    Html paste(String line) {
        return paste.fill(Map.of("line", line), this::text);
    }

    private Html row(Printer printer, String base) {
        return row(printer.connectionGone() ? "gone" : "", printer.label(), ConnectPaths.thing(printer.uid()),
                tone(printer), statusWord(printer), detail(printer),
                printer.reconnectable()
                        ? reconnect.fill(Map.of("href", base + ConnectPaths.reconnect(printer.uid())), this::text)
                        : Html.EMPTY);
    }

    private Html row(Waiting entry) {
        return row("waiting", entry.label(), ConnectPaths.INBOX, "inbox", text("connect.page.status.inbox"),
                detail.fill(Map.of("text", text("connect.page.setup.waiting")), this::text),
                link(ConnectPaths.INBOX, text("connect.page.inbox.open")));
    }

    /**
     * @param href the Main UI page of the printer
     * @param tone the colour of its status: a CSS class of the layout
     */
    private Html row(String state, String label, String href, String tone, String status, Html detail, Html action) {
        return printer.fill(Map.of("state", state, "label", label, "href", href, "tone", tone, "status", status,
                "detail", detail, "action", action), this::text);
    }

    private String statusWord(Printer printer) {
        return text(printer.enabled()
                ? "connect.page.status." + printer.status().getStatus().name().toLowerCase(Locale.ROOT)
                : "connect.page.status.disabled");
    }

    /** The colour that goes with the status word: a problem stands out, a disabled thing recedes. */
    private static String tone(Printer printer) {
        if (!printer.enabled()) {
            return "disabled";
        }
        ThingStatusInfo status = printer.status();
        return switch (status.getStatus()) {
            case ONLINE -> "ok";
            case OFFLINE -> status.getStatusDetail() == ThingStatusDetail.CONFIGURATION_ERROR ? "bad" : "warn";
            default -> "neutral";
        };
    }

    /** Why a thing needs a reconnect, or the binding's own status text; openHAB's other texts are left out. */
    private Html detail(Printer printer) {
        if (printer.connectionGone()) {
            return detail.fill(Map.of("text", text("connect.page.setup.gone")), this::text);
        }
        Description description = printer.description();
        return description == null ? Html.EMPTY
                : detail.fill(Map.of("text", text(description.textKey(), description.arguments().toArray())),
                        this::text);
    }

    private Html page(String title, Html content) {
        String language = localeProvider.getLocale().getLanguage();
        return layout.fill(Map.of("lang", language.isEmpty() ? "en" : language, "title", title, "content", content),
                this::text);
    }
}
