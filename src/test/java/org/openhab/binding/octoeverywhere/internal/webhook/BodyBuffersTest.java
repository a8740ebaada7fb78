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
package org.openhab.binding.octoeverywhere.internal.webhook;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The buffers of bodies on their way: a fixed number, a share per sender, each of a fixed size.
 *
 * @author OctoEverywhere Binding Contributors - Initial contribution
 */
@NonNullByDefault
class BodyBuffersTest {
    private final BodyBuffers buffers = new BodyBuffers();

    @Test
    void manySendersTogetherGetAtMostTheFixedNumberOfBuffers() {
        List<BodyBuffers.Buffer> taken = new ArrayList<>();
        for (int sender = 0; sender < 100; sender++) {
            BodyBuffers.Buffer buffer = buffers.take("10.0.0." + sender, -1);
            if (buffer != null) {
                taken.add(buffer);
            }
        }
        assertEquals(BodyBuffers.MAX_OPEN, taken.size());
        assertEquals(BodyBuffers.MAX_OPEN, buffers.open());
        assertEquals(BodyBuffers.MAX_OPEN * (BodyBuffers.MAX_BODY_BYTES + 1L), buffers.capacity(), "about 260 KB");

        taken.get(0).giveBack();
        taken.get(0).giveBack();
        assertEquals(BodyBuffers.MAX_OPEN - 1, buffers.open(), "given back once only");
        assertNotNull(buffers.take("10.0.0.200", -1));
    }

    @Test
    void oneSenderGetsItsShareOnlyAndTheRestStayForOthers() {
        for (int i = 0; i < BodyBuffers.MAX_PER_SENDER; i++) {
            assertNotNull(buffers.take("192.168.1.66", 100));
        }
        assertNull(buffers.take("192.168.1.66", 100));
        assertNotNull(buffers.take("192.168.1.20", 100), "the printer still gets one");
    }

    @Test
    void aSendersShareComesBackAsItsBodiesEnd() {
        List<BodyBuffers.Buffer> taken = new ArrayList<>();
        for (int i = 0; i < BodyBuffers.MAX_PER_SENDER; i++) {
            taken.add(Objects.requireNonNull(buffers.take("192.168.1.66", 100)));
        }
        taken.remove(0).giveBack();
        taken.add(Objects.requireNonNull(buffers.take("192.168.1.66", 100), "one given back, one taken"));
        assertNull(buffers.take("192.168.1.66", 100), "still no more than its share");

        taken.forEach(BodyBuffers.Buffer::giveBack);
        for (int i = 0; i < BodyBuffers.MAX_PER_SENDER; i++) {
            assertNotNull(buffers.take("192.168.1.66", 100), "all given back: its whole share again");
        }
    }

    @Test
    void aBufferHoldsTheDeclaredLengthOrTheLimitAndSaysWhenABodyIsLonger() throws Exception {
        BodyBuffers.Buffer declared = buffers.take("a", 5);
        assertNotNull(declared);
        assertTrue(declared.read(new ByteArrayInputStream("hello".getBytes(StandardCharsets.US_ASCII))));
        assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), declared.body());
        BodyBuffers.Buffer longer = buffers.take("a", 5);
        assertNotNull(longer);
        assertFalse(longer.read(new ByteArrayInputStream("hello!".getBytes(StandardCharsets.US_ASCII))),
                "longer than declared");

        BodyBuffers.Buffer chunked = buffers.take("b", -1);
        assertNotNull(chunked);
        assertTrue(chunked.read(new ByteArrayInputStream(new byte[BodyBuffers.MAX_BODY_BYTES])));
        assertFalse(chunked.read(new ByteArrayInputStream(new byte[1])), "one byte over the limit");
    }
}
