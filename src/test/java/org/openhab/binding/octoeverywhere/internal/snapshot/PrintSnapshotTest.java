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
package org.openhab.binding.octoeverywhere.internal.snapshot;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static org.openhab.binding.octoeverywhere.internal.OctoEverywhereBindingConstants.*;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.octoeverywhere.internal.test.AbstractPrinterTest;
import org.openhab.binding.octoeverywhere.internal.test.Notification;
import org.openhab.binding.octoeverywhere.internal.test.PrinterFixture;
import org.openhab.binding.octoeverywhere.internal.test.RecordedRequest;
import org.openhab.binding.octoeverywhere.internal.test.ScriptedResponse;
import org.openhab.core.library.types.RawType;
import org.openhab.core.types.State;

/**
 * The print's picture on the Image channel: notifications with a snapshot address reach a thing, and the pictures
 * come over real HTTP from the in-process server, which plays the webcam host.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PrintSnapshotTest extends AbstractPrinterTest {
    private static final String SECRET = "snapshot-test-secret-0123";
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 0, (byte) 0xFF };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };

    @BeforeEach
    void startPrinter() {
        // The in-process server stands for the printer's LAN address, the one plain http address allowed.
        fixture.properties.put(PROPERTY_PRINTER_LOCAL_IP, "127.0.0.1");
        when(fixture.callback.isChannelLinked(any())).thenAnswer(invocation -> CHANNEL_SNAPSHOT
                .equals(invocation.getArgument(0, org.openhab.core.thing.ChannelUID.class).getId()));
        fixture.start(PrinterFixture.settings("webhookSecret", SECRET));
    }

    private String serve(String path, ScriptedResponse answer) {
        fixture.server.respond(path, answer);
        return fixture.server.baseUrl() + path;
    }

    private void notify(String snapshotUrl) {
        fixture.handler().notifications()
                .receive(Notification.of(6).printId("p1").with("SnapshotUrl", snapshotUrl).event());
    }

    private void awaitRequests(String path, int count) {
        PrinterFixture.await(() -> fixture.server.requestCount(path) >= count, () -> count + " requests to " + path);
    }

    private State awaitPicture() {
        PrinterFixture.await(() -> fixture.state(CHANNEL_SNAPSHOT) != null, () -> "a picture on the channel");
        State picture = fixture.state(CHANNEL_SNAPSHOT);
        assertNotNull(picture);
        return picture;
    }

    /** Waits a little for an answer, then checks that the channel was left alone. */
    private void assertNoPicture(String path) throws InterruptedException {
        awaitRequests(path, 1);
        Thread.sleep(200);
        assertNull(fixture.state(CHANNEL_SNAPSHOT));
    }

    @Test
    void aNewSnapshotAddressPutsItsPictureOnTheImageChannel() {
        notify(serve("/snap/1.jpg", ScriptedResponse.bytes(200, "image/jpeg", JPEG)));
        RawType picture = (RawType) awaitPicture();
        assertArrayEquals(JPEG, picture.getBytes());
        assertEquals("image/jpeg", picture.getMimeType());

        notify(fixture.server.baseUrl() + "/snap/1.jpg");
        assertEquals(1, fixture.server.requestCount("/snap/1.jpg"), "the same address is fetched once");
    }

    @Test
    void theMimeTypeIsTheAnswersWithoutParameters() {
        notify(serve("/snap/2.png", ScriptedResponse.bytes(200, "IMAGE/PNG; quality=high", PNG)));
        assertEquals(new RawType(PNG, "image/png"), awaitPicture());
    }

    @Test
    void refreshShowsTheLastPictureAgain() {
        notify(serve("/snap/1.jpg", ScriptedResponse.bytes(200, "image/jpeg", JPEG)));
        State picture = awaitPicture();
        fixture.states.clear();
        fixture.refresh(CHANNEL_SNAPSHOT);
        assertEquals(picture, fixture.state(CHANNEL_SNAPSHOT));
    }

    @Test
    void noRequestCarriesTheTokenOrTheSecret() {
        notify(serve("/snap/1.jpg", ScriptedResponse.bytes(200, "image/jpeg", JPEG)));
        awaitPicture();
        List<RecordedRequest> fetches = fixture.server.requests().stream()
                .filter(request -> request.path().startsWith("/snap/")).toList();
        assertEquals(1, fetches.size());
        RecordedRequest fetch = fetches.get(0);
        assertEquals("GET", fetch.method());
        assertNull(fetch.header("AppToken"));
        assertFalse(fetch.headers().toString().contains(PrinterFixture.TOKEN), fetch.headers().toString());
        assertFalse(fetch.headers().toString().contains(SECRET));
        assertEquals("", fetch.body());
    }

    @Test
    void aPlainHttpAddressOfAnotherHostIsNotFetched() throws InterruptedException {
        serve("/snap/1.jpg", ScriptedResponse.bytes(200, "image/jpeg", JPEG));
        notify("http://localhost:" + fixture.server.baseUrl().getPort() + "/snap/1.jpg");
        Thread.sleep(200);
        assertEquals(0, fixture.server.requestCount("/snap/1.jpg"));
        assertNull(fixture.state(CHANNEL_SNAPSHOT));
    }

    @Test
    void aRedirectIsFollowedOnTheSameHostOnly() throws InterruptedException {
        serve("/snap/moved.jpg", ScriptedResponse.bytes(200, "image/jpeg", JPEG));
        notify(serve("/snap/here.jpg", ScriptedResponse.redirect(302, "/snap/moved.jpg")));
        assertArrayEquals(JPEG, ((RawType) awaitPicture()).getBytes());

        fixture.states.clear();
        String elsewhere = "http://localhost:" + fixture.server.baseUrl().getPort() + "/snap/moved.jpg";
        notify(serve("/snap/away.jpg", ScriptedResponse.redirect(302, elsewhere)));
        assertNoPicture("/snap/away.jpg");
        assertEquals(1, fixture.server.requestCount("/snap/moved.jpg"), "not followed to another host");
    }

    @Test
    void onlyAThreeHundredAnswerIsARedirect() throws InterruptedException {
        serve("/snap/target.jpg", ScriptedResponse.bytes(200, "image/jpeg", JPEG));
        notify(serve("/snap/300", ScriptedResponse.redirect(300, "/snap/target.jpg")));
        awaitPicture();

        fixture.states.clear();
        notify(serve("/snap/400", ScriptedResponse.redirect(400, "/snap/target.jpg")));
        assertNoPicture("/snap/400");
        assertEquals(1, fixture.server.requestCount("/snap/target.jpg"), "a 400 with a Location is no redirect");
    }

    @Test
    void twoRedirectsAreFollowedAndNoMore() throws InterruptedException {
        serve("/snap/2/c.jpg", ScriptedResponse.bytes(200, "image/jpeg", JPEG));
        serve("/snap/2/b", ScriptedResponse.redirect(302, "/snap/2/c.jpg"));
        notify(serve("/snap/2/a", ScriptedResponse.redirect(302, "/snap/2/b")));
        awaitPicture();

        fixture.states.clear();
        serve("/snap/3/d.jpg", ScriptedResponse.bytes(200, "image/jpeg", JPEG));
        serve("/snap/3/c", ScriptedResponse.redirect(302, "/snap/3/d.jpg"));
        serve("/snap/3/b", ScriptedResponse.redirect(302, "/snap/3/c"));
        notify(serve("/snap/3/a", ScriptedResponse.redirect(302, "/snap/3/b")));
        assertNoPicture("/snap/3/c");
        assertEquals(0, fixture.server.requestCount("/snap/3/d.jpg"), "a third redirect is not followed");
    }

    @Test
    void anAnswerThatIsNoImageLeavesTheChannel() throws InterruptedException {
        notify(serve("/snap/page", ScriptedResponse.text(200, "text/html", "<html>login</html>")));
        assertNoPicture("/snap/page");
        notify(serve("/snap/gone.jpg", ScriptedResponse.bytes(404, "image/jpeg", JPEG)));
        assertNoPicture("/snap/gone.jpg");
        notify(serve("/snap/bare", ScriptedResponse.bytes(200, "image/", JPEG)));
        assertNoPicture("/snap/bare");
    }

    @Test
    void anAnswerOverTheLimitLeavesTheChannel() throws InterruptedException {
        byte[] huge = new byte[PrintSnapshot.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 7);
        notify(serve("/snap/huge.jpg", ScriptedResponse.bytes(200, "image/jpeg", huge)));
        assertNoPicture("/snap/huge.jpg");
    }

    @Test
    void aSlowAnswerIsGivenUpAfterTheTimeoutAndLeavesTheChannel() throws InterruptedException {
        notify(serve("/snap/slow.jpg",
                ScriptedResponse.bytes(200, "image/jpeg", JPEG).withDelay(Duration.ofSeconds(2))));
        awaitRequests("/snap/slow.jpg", 1);
        fixture.scheduler.advance(PrintSnapshot.TIMEOUT);
        Thread.sleep(2500);
        assertNull(fixture.state(CHANNEL_SNAPSHOT));
    }

    @Test
    void aLateOlderPictureDoesNotReplaceANewerOne() {
        notify(serve("/snap/old.jpg",
                ScriptedResponse.bytes(200, "image/jpeg", JPEG).withDelay(Duration.ofMillis(500))));
        awaitRequests("/snap/old.jpg", 1);
        notify(serve("/snap/new.png", ScriptedResponse.bytes(200, "image/png", PNG)));
        assertEquals(new RawType(PNG, "image/png"), awaitPicture());
        PrinterFixture.await(() -> fixture.server.requests().stream().anyMatch(r -> r.path().equals("/snap/old.jpg")),
                () -> "the old picture was asked for");
        try {
            Thread.sleep(800);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(new RawType(PNG, "image/png"), fixture.state(CHANNEL_SNAPSHOT));
    }

    @Test
    void nothingIsFetchedWhileTheChannelIsNotLinked() throws InterruptedException {
        doReturn(false).when(fixture.callback).isChannelLinked(any());
        notify(serve("/snap/1.jpg", ScriptedResponse.bytes(200, "image/jpeg", JPEG)));
        Thread.sleep(200);
        assertEquals(0, fixture.server.requestCount("/snap/1.jpg"));
    }

    @Test
    void aTestNotificationsPictureIsNotFetched() throws InterruptedException {
        serve("/snap/test.jpg", ScriptedResponse.bytes(200, "image/jpeg", JPEG));
        fixture.handler().notifications()
                .receive(Notification.of(16).with("SnapshotUrl", fixture.server.baseUrl() + "/snap/test.jpg").event());
        Thread.sleep(200);
        assertEquals(0, fixture.server.requestCount("/snap/test.jpg"));
    }
}
