package io.modelcraft.gateway.job.messaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PlotPngTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    private static String why(String name, Object value, int maxBytes) {
        return assertThrows(IllegalArgumentException.class, () -> PlotPng.decode(name, value, maxBytes)).getMessage();
    }

    @Test
    void aShortLowercaseNameWithBase64PngBytesIsAPlot() {
        assertArrayEquals(PNG, PlotPng.decode("trace_2-a", Base64.getEncoder().encodeToString(PNG), PNG.length));
    }

    @Test
    void anyOtherEntrySaysWhyItIsNone() {
        String png = Base64.getEncoder().encodeToString(PNG);
        assertEquals("the name is not [a-z][a-z0-9_-]{0,39}", why("Posterior", png, 100));
        assertEquals("the name is not [a-z][a-z0-9_-]{0,39}", why("p".repeat(41), png, 100));
        assertEquals("the name is not [a-z][a-z0-9_-]{0,39}", why("../x", png, 100));
        assertEquals("the value is not a base64 string", why("ppc", 42, 100));
        assertEquals("not base64: Illegal base64 character 20", why("ppc", "not a png", 100));
        assertEquals("not a PNG", why("ppc", Base64.getEncoder().encodeToString("GIF89a-----".getBytes()), 100));
        assertEquals("larger than 11 bytes", why("ppc", png, PNG.length - 1));
    }
}
