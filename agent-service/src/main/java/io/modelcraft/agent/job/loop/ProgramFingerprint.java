package io.modelcraft.agent.job.loop;

import java.util.ArrayList;
import java.util.List;

/** A program without its comments, blank lines and spacing, so that a resent program compares equal. */
final class ProgramFingerprint {

    private ProgramFingerprint() {
    }

    static String of(String code) {
        List<String> lines = new ArrayList<>();
        for (String line : code.split("\n")) {
            String kept = withoutComment(line).strip().replaceAll("\\s+", " ");
            if (!kept.isEmpty()) {
                lines.add(kept);
            }
        }
        return String.join("\n", lines);
    }

    /** The line up to a {@code #} that is not inside a string literal. */
    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
