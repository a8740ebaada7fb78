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
package org.openhab.binding.octoeverywhere.internal.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.octoeverywhere.internal.api.dto.AppConnectionInfoResponse;
import org.openhab.binding.octoeverywhere.internal.api.dto.GadgetStatusResponse;
import org.openhab.binding.octoeverywhere.internal.api.dto.LiveLinkResponse;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Turns the body of a 200 answer into results. Anything that cannot be trusted is either dropped (optional
 * fields) or fails the answer as {@link ApiError#COMMUNICATION} (required fields), so a broken or hostile
 * server cannot put arbitrary content on channels.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ResponseReader {
    private static final int OK = 200;
    private static final Gson GSON = new Gson();

    private final String context;
    private final String secret;

    /**
     * @param context names the call in messages, e.g. "GET /api/appconnection/info"
     * @param secret the token, removed from any server text that gets into a message
     */
    ResponseReader(String context, String secret) {
        this.context = context;
        this.secret = secret;
    }

    LiveLink liveLink(String body, LiveLinkRequest request, Instant sentAt) throws OctoEverywhereException {
        LiveLinkResponse response = read(body, LiveLinkResponse.class);
        String url = WebUrls.sanitize(response.url);
        if (url == null) {
            throw unreadable("the answer has no valid Url");
        }
        Instant expires = request.untilPrintCompletes() ? null
                : sentAt.plus(Duration.ofHours(request.expirationHours()));
        return new LiveLink(id(response.liveId), url, WebUrls.sanitize(response.shortUrl), expires);
    }

    AppConnectionInfo appConnectionInfo(String body) throws OctoEverywhereException {
        AppConnectionInfoResponse response = read(body, AppConnectionInfoResponse.class);
        Boolean online = response.isOnline;
        if (online == null) {
            throw unreadable("the answer has no IsOnline");
        }
        return new AppConnectionInfo(text(response.printerName), text(response.printerLocalIp), online,
                ApiTimestamps.parse(response.lastConnectionTimeUtc),
                ApiTimestamps.parse(response.lastDisconnectTimeUtc), WebUrls.sanitize(response.userFacingPrinterUrl));
    }

    GadgetStatus gadgetStatus(String body) throws OctoEverywhereException {
        GadgetStatusResponse response = read(body, GadgetStatusResponse.class);
        Integer state = response.state;
        if (state == null || state < 0) {
            throw unreadable("the answer has no State");
        }
        Integer rating = response.rating;
        String color = text(response.statusColor);
        return new GadgetStatus(state, text(response.status),
                color != null && color.length() == 1 && "gyrw".contains(color.toLowerCase(Locale.ROOT))
                        ? color.toLowerCase(Locale.ROOT)
                        : null,
                rating != null && rating >= 1 && rating <= 10 ? rating : null);
    }

    /**
     * The text of the envelope's {@code Error} of an error answer, shortened, or null. Only for messages.
     */
    @Nullable
    String errorText(String body) {
        try {
            JsonElement element = JsonParser.parseString(body);
            if (element.isJsonObject()) {
                return primitiveText(member(element.getAsJsonObject(), "Error"));
            }
        } catch (JsonParseException | IllegalStateException e) {
            // not JSON: there is no error text to show
        }
        return null;
    }

    private <T> T read(String body, Class<T> type) throws OctoEverywhereException {
        JsonObject payload = unwrap(parseObject(body));
        try {
            @Nullable
            T result = GSON.fromJson(payload, type);
            if (result == null) {
                throw unreadable("the answer is empty");
            }
            return result;
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            // the exception text may quote the body, so it is not passed on
            throw unreadable("a field has the wrong type");
        }
    }

    private JsonObject parseObject(String body) throws OctoEverywhereException {
        try {
            JsonElement element = JsonParser.parseString(body);
            if (element.isJsonObject()) {
                return element.getAsJsonObject();
            }
        } catch (JsonParseException | IllegalStateException e) {
            // handled below like any other body that is not a JSON object
        }
        throw unreadable("the answer is not a JSON object");
    }

    /**
     * OctoEverywhere's own clients read answers inside {@code {"Status":200,"Error":"","Result":{...}}}; the
     * documentation shows the bare object. Both are accepted, and a non-200 {@code Status} counts like that
     * HTTP status.
     */
    private JsonObject unwrap(JsonObject object) throws OctoEverywhereException {
        JsonElement result = member(object, "Result");
        JsonElement status = member(object, "Status");
        boolean numericStatus = status instanceof JsonPrimitive primitive && primitive.isNumber();
        boolean envelope = result != null
                || (numericStatus && (member(object, "Error") != null || member(object, "IsUserError") != null));
        if (!envelope) {
            return object;
        }
        if (numericStatus && status != null) {
            int code;
            try {
                code = status.getAsInt();
            } catch (NumberFormatException e) {
                throw unreadable("the envelope has an invalid Status");
            }
            if (code != OK) {
                String error = primitiveText(member(object, "Error"));
                throw new OctoEverywhereException(ApiError.fromStatusCode(code), code,
                        context + " answered " + code + " (" + StatusCodes.describe(code) + ") inside a 200 answer"
                                + (error == null ? "" : ": " + error));
            }
        }
        if (result == null || !result.isJsonObject()) {
            throw unreadable("the envelope has no Result object");
        }
        return result.getAsJsonObject();
    }

    private static @Nullable JsonElement member(JsonObject object, String pascalCaseName) {
        JsonElement element = object.get(pascalCaseName);
        if (element == null) {
            element = object.get(Character.toLowerCase(pascalCaseName.charAt(0)) + pascalCaseName.substring(1));
        }
        return element == null || element.isJsonNull() ? null : element;
    }

    private @Nullable String primitiveText(@Nullable JsonElement element) {
        if (element instanceof JsonPrimitive primitive) {
            String text = LogText.excerpt(primitive.getAsString(), secret);
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    private static @Nullable String id(@Nullable String value) {
        return FieldText.id(value);
    }

    private static @Nullable String text(@Nullable String value) {
        return FieldText.text(value, FieldText.MAX_TEXT_LENGTH);
    }

    private OctoEverywhereException unreadable(String reason) {
        return new OctoEverywhereException(ApiError.COMMUNICATION, OK,
                context + " gave an unreadable answer: " + reason);
    }
}
