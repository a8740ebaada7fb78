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
import java.util.concurrent.CancellationException;
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
import org.openhab.binding.octoeverywhere.internal.handler.LiveLinkRefusedException;
import org.openhab.binding.octoeverywhere.internal.handler.PrinterHandler;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.ActionOutputs;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Rule actions of a Printer thing. Each returns the map {@link LiveLinkResult} describes; each has a static twin,
 * the only form DSL rules can call. The outputs are declared once per action because annotations cannot be shared.
 */
@NonNullByDefault
@Component(scope = ServiceScope.PROTOTYPE, service = PrinterActions.class)
@ThingActionsScope(name = "octoeverywhere")
public class PrinterActions implements ThingActions {
    /** Longer than the request timeout, so an action sees the request's own timeout first. */
    private static final long WAIT_SECONDS = 35;

    private @Nullable PrinterHandler handler;

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

    @RuleAction(
            label = "@text/action.create-live-link.label",
            description = "@text/action.create-live-link.description")
    public @ActionOutputs({
        @ActionOutput(name = "success", type = "java.lang.Boolean"),
        @ActionOutput(name = "error", type = "java.lang.String"),
        @ActionOutput(name = "message", type = "java.lang.String"),
        @ActionOutput(name = "liveId", type = "java.lang.String"),
        @ActionOutput(name = "url", type = "java.lang.String"),
        @ActionOutput(name = "shortUrl", type = "java.lang.String"),
        @ActionOutput(name = "expires", type = "java.time.ZonedDateTime")
    }) Map<String, @Nullable Object> createLiveLink(
            @ActionInput(
                            name = "hours",
                            label = "@text/action.input.hours.label",
                            description = "@text/action.input.hours.description")
                    @Nullable
                    Integer hours) {
        PrinterHandler handler = bound();
        int lifetime = hours != null ? hours : handler.currentConfig().expirationHours;
        if (lifetime < LiveLinkRequest.MIN_HOURS || lifetime > LiveLinkRequest.MAX_HOURS) {
            return LiveLinkResult.invalidHours(lifetime, handler.resultTexts());
        }
        return await(handler, LiveLinkRequest.timed(lifetime));
    }

    @RuleAction(
            label = "@text/action.create-print-live-link.label",
            description = "@text/action.create-print-live-link.description")
    public @ActionOutputs({
        @ActionOutput(name = "success", type = "java.lang.Boolean"),
        @ActionOutput(name = "error", type = "java.lang.String"),
        @ActionOutput(name = "message", type = "java.lang.String"),
        @ActionOutput(name = "liveId", type = "java.lang.String"),
        @ActionOutput(name = "url", type = "java.lang.String"),
        @ActionOutput(name = "shortUrl", type = "java.lang.String"),
        @ActionOutput(name = "expires", type = "java.time.ZonedDateTime")
    }) Map<String, @Nullable Object> createPrintLiveLink() {
        PrinterHandler handler = bound();
        return await(handler, LiveLinkRequest.untilPrintCompletes(handler.currentConfig().expirationHours));
    }

    @RuleAction(label = "@text/action.get-live-link.label", description = "@text/action.get-live-link.description")
    public @ActionOutputs({
        @ActionOutput(name = "success", type = "java.lang.Boolean"),
        @ActionOutput(name = "error", type = "java.lang.String"),
        @ActionOutput(name = "message", type = "java.lang.String"),
        @ActionOutput(name = "liveId", type = "java.lang.String"),
        @ActionOutput(name = "url", type = "java.lang.String"),
        @ActionOutput(name = "shortUrl", type = "java.lang.String"),
        @ActionOutput(name = "expires", type = "java.time.ZonedDateTime")
    }) Map<String, @Nullable Object> getLiveLink() {
        PrinterHandler handler = bound();
        ResultTexts texts = handler.resultTexts();
        LiveLink link = handler.getLiveLink();
        return link == null
                ? LiveLinkResult.none(texts.get("action.result.none"))
                : LiveLinkResult.of(link, texts.get("action.result.current"));
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

    private static Map<String, @Nullable Object> await(PrinterHandler handler, LiveLinkRequest request) {
        ResultTexts texts = handler.resultTexts();
        CompletableFuture<LiveLink> pending = handler.createLiveLink(request);
        try {
            return LiveLinkResult.of(pending.get(WAIT_SECONDS, TimeUnit.SECONDS), texts.get("action.result.created"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            OctoEverywhereException failure = cause instanceof OctoEverywhereException known
                    ? known
                    : new LiveLinkRefusedException(
                            ApiError.COMMUNICATION,
                            0,
                            cause instanceof CancellationException
                                    ? "the thing was stopped"
                                    : "unexpected failure: " + cause);
            return LiveLinkResult.of(failure, texts);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return LiveLinkResult.of(
                    new OctoEverywhereException(ApiError.COMMUNICATION, 0, "no answer in time"), texts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.cancel(true);
            return LiveLinkResult.of(new LiveLinkRefusedException(ApiError.COMMUNICATION, 0, "interrupted"), texts);
        }
    }
}
