package io.modelcraft.gateway.job.messaging;

import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/** One entry of a check's {@code posterior.plots}: a short lowercase name and a base64 PNG. */
final class PlotPng {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PlotPng() {
    }

    /** The PNG's bytes; an IllegalArgumentException says why the entry is no plot. */
    static byte[] decode(String name, Object value, int maxBytes) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("the name is not " + NAME.pattern());
        }
        if (!(value instanceof String base64)) {
            throw new IllegalArgumentException("the value is not a base64 string");
        }
        byte[] png;
        try {
            png = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64: " + e.getMessage());
        }
        if (png.length > maxBytes) {
            throw new IllegalArgumentException("larger than " + maxBytes + " bytes");
        }
        if (png.length < SIGNATURE.length || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new IllegalArgumentException("not a PNG");
        }
        return png;
    }
}
