package io.modelcraft.gateway.problem;

/**
 * Text that cannot be kept as it came: a NUL character, which PostgreSQL's text refuses, or half of a UTF-16
 * surrogate pair, which is not Unicode at all.
 */
public final class UnstorableText {

    private UnstorableText() {
    }

    /** Why {@code text} cannot be stored, as the end of a sentence about its field; null when it can. */
    public static String why(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "holds a NUL character (U+0000) at position " + i + ", which cannot be stored";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("holds half of a surrogate pair (U+%04X) at position %d, which is not Unicode", (int) c, i);
            }
        }
        return null;
    }
}
