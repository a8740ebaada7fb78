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
package org.openhab.binding.octoeverywhere.internal.action;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.ApiError;
import org.openhab.binding.octoeverywhere.internal.api.LiveLink;
import org.openhab.binding.octoeverywhere.internal.api.LiveLinkRequest;
import org.openhab.binding.octoeverywhere.internal.api.OctoEverywhereException;
import org.openhab.binding.octoeverywhere.internal.connection.CallRefusedException;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterHandler;
import org.openhab.binding.octoeverywhere.internal.i18n.Texts;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.ActionOutputs;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Rule actions of a Printer thing, also offered on the thing's page in Main UI, which shows the outputs and draws
 * {@code qrCode} as a QR code. Each returns the map {@link LiveLinkResult} describes; each has a static twin, the only
 * form DSL rules can call. The outputs are declared once per action because annotations cannot be shared.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
@Component(scope = ServiceScope.PROTOTYPE, service = PrinterActions.class)
@ThingActionsScope(name = "octoeverywhere")
public class PrinterActions implements ThingActions {
    /** Longer than the request timeout, so an action sees the request's own timeout first. */
    private static final long WAIT_SECONDS = PrinterHandler.REQUEST_TIMEOUT.toSeconds() + 5;

    private final Texts texts;
    private final TimeZoneProvider timeZoneProvider;
    private @Nullable PrinterHandler handler;

    @Activate
    public PrinterActions(@Reference TranslationProvider translationProvider, @Reference LocaleProvider localeProvider,
            @Reference TimeZoneProvider timeZoneProvider) {
        this.texts = new Texts(translationProvider, localeProvider, FrameworkUtil.getBundle(PrinterActions.class));
        this.timeZoneProvider = timeZoneProvider;
    }

    @Override
    public void setThingHandler(ThingHandler handler) {
        if (handler instanceof PrinterHandler printerHandler) {
            this.handler = printerHandler;
        }
    }

    @Override
    public @Nullable ThingHandler getThingHandler() {
        return handler;
    }

    @RuleAction(label = "@text/action.create-live-link.label", description = "@text/action.create-live-link.description")
    public @ActionOutputs({
            @ActionOutput(name = "success", type = "java.lang.Boolean", label = "@text/action.output.success.label", description = "@text/action.output.success.description"),
            @ActionOutput(name = "error", type = "java.lang.String", label = "@text/action.output.error.label", description = "@text/action.output.error.description"),
            @ActionOutput(name = "message", type = "java.lang.String", label = "@text/action.output.message.label", description = "@text/action.output.message.description"),
            @ActionOutput(name = "qrCode", type = "qrCode", label = "@text/action.output.qr-code.label", description = "@text/action.output.qr-code.description"),
            @ActionOutput(name = "url", type = "java.lang.String", label = "@text/action.output.url.label", description = "@text/action.output.url.description"),
            @ActionOutput(name = "shortUrl", type = "java.lang.String", label = "@text/action.output.short-url.label", description = "@text/action.output.short-url.description"),
            @ActionOutput(name = "liveId", type = "java.lang.String", label = "@text/action.output.live-id.label", description = "@text/action.output.live-id.description"),
            @ActionOutput(name = "expires", type = "java.lang.String", label = "@text/action.output.expires.label", description = "@text/action.output.expires.description") }) Map<String, @Nullable Object> createLiveLink(
                    @ActionInput(name = "hours", label = "@text/action.input.hours.label", description = "@text/action.input.hours.description") @Nullable Integer hours) {
        PrinterHandler handler = bound();
        int lifetime = hours != null ? hours : handler.expirationHours();
        if (lifetime < LiveLinkRequest.MIN_HOURS || lifetime > LiveLinkRequest.MAX_HOURS) {
            return LiveLinkResult.invalidHours(lifetime, texts);
        }
        return await(handler.createLiveLink(LiveLinkRequest.timed(lifetime)));
    }

    @RuleAction(label = "@text/action.create-print-live-link.label", description = "@text/action.create-print-live-link.description")
    public @ActionOutputs({
            @ActionOutput(name = "success", type = "java.lang.Boolean", label = "@text/action.output.success.label", description = "@text/action.output.success.description"),
            @ActionOutput(name = "error", type = "java.lang.String", label = "@text/action.output.error.label", description = "@text/action.output.error.description"),
            @ActionOutput(name = "message", type = "java.lang.String", label = "@text/action.output.message.label", description = "@text/action.output.message.description"),
            @ActionOutput(name = "qrCode", type = "qrCode", label = "@text/action.output.qr-code.label", description = "@text/action.output.qr-code.description"),
            @ActionOutput(name = "url", type = "java.lang.String", label = "@text/action.output.url.label", description = "@text/action.output.url.description"),
            @ActionOutput(name = "shortUrl", type = "java.lang.String", label = "@text/action.output.short-url.label", description = "@text/action.output.short-url.description"),
            @ActionOutput(name = "liveId", type = "java.lang.String", label = "@text/action.output.live-id.label", description = "@text/action.output.live-id.description"),
            @ActionOutput(name = "expires", type = "java.lang.String", label = "@text/action.output.expires.label", description = "@text/action.output.expires.description") }) Map<String, @Nullable Object> createPrintLiveLink() {
        PrinterHandler handler = bound();
        return await(handler.createLiveLink(LiveLinkRequest.untilPrintCompletes(handler.expirationHours())));
    }

    @RuleAction(label = "@text/action.get-live-link.label", description = "@text/action.get-live-link.description")
    public @ActionOutputs({
            @ActionOutput(name = "success", type = "java.lang.Boolean", label = "@text/action.output.success.label", description = "@text/action.output.success.description"),
            @ActionOutput(name = "error", type = "java.lang.String", label = "@text/action.output.error.label", description = "@text/action.output.error.description"),
            @ActionOutput(name = "message", type = "java.lang.String", label = "@text/action.output.message.label", description = "@text/action.output.message.description"),
            @ActionOutput(name = "qrCode", type = "qrCode", label = "@text/action.output.qr-code.label", description = "@text/action.output.qr-code.description"),
            @ActionOutput(name = "url", type = "java.lang.String", label = "@text/action.output.url.label", description = "@text/action.output.url.description"),
            @ActionOutput(name = "shortUrl", type = "java.lang.String", label = "@text/action.output.short-url.label", description = "@text/action.output.short-url.description"),
            @ActionOutput(name = "liveId", type = "java.lang.String", label = "@text/action.output.live-id.label", description = "@text/action.output.live-id.description"),
            @ActionOutput(name = "expires", type = "java.lang.String", label = "@text/action.output.expires.label", description = "@text/action.output.expires.description") }) Map<String, @Nullable Object> getLiveLink() {
        LiveLink link = bound().getLiveLink();
        return link == null ? LiveLinkResult.none(texts.get("action.result.none"))
                : LiveLinkResult.of(link, texts.get("action.result.current"), timeZoneProvider.getTimeZone());
    }

    public static Map<String, @Nullable Object> createLiveLink(ThingActions actions, @Nullable Integer hours) {
        return cast(actions).createLiveLink(hours);
    }

    public static Map<String, @Nullable Object> createPrintLiveLink(ThingActions actions) {
        return cast(actions).createPrintLiveLink();
    }

    public static Map<String, @Nullable Object> getLiveLink(ThingActions actions) {
        return cast(actions).getLiveLink();
    }

    private static PrinterActions cast(ThingActions actions) {
        if (actions instanceof PrinterActions printerActions) {
            return printerActions;
        }
        throw new IllegalArgumentException("These actions are not the actions of an OctoEverywhere printer");
    }

    /** The handler; a rule that holds actions of no printer is a mistake its author must see. */
    private PrinterHandler bound() {
        PrinterHandler handler = this.handler;
        if (handler == null) {
            throw new IllegalStateException("These OctoEverywhere actions are not bound to a printer thing");
        }
        return handler;
    }

    private Map<String, @Nullable Object> await(CompletableFuture<LiveLink> pending) {
        try {
            return LiveLinkResult.of(pending.get(WAIT_SECONDS, TimeUnit.SECONDS), texts.get("action.result.created"),
                    timeZoneProvider.getTimeZone());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CallRefusedException refusal) {
                return LiveLinkResult.of(refusal, texts);
            }
            return LiveLinkResult.of(
                    cause instanceof OctoEverywhereException failure ? failure : noAnswer("unexpected failure"), texts);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return LiveLinkResult.of(noAnswer("no answer in time"), texts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.cancel(true);
            return LiveLinkResult.of(noAnswer("interrupted"), texts);
        }
    }

    private static OctoEverywhereException noAnswer(String reason) {
        return new OctoEverywhereException(ApiError.COMMUNICATION, 0, reason);
    }
}
