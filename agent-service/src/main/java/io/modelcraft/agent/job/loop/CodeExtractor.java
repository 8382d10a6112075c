package io.modelcraft.agent.job.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the program in a model's reply: the fenced block that builds a model, prose around it ignored. */
public final class CodeExtractor {

    private static final Pattern FENCE = Pattern.compile("```[ \\t]*([A-Za-z0-9_+-]*)[^\\n]*\\n(.*?)```", Pattern.DOTALL);
    /** An opening fence never closed: a reply cut off at its token limit. */
    private static final Pattern UNCLOSED = Pattern.compile("(?s)^.*?```[ \\t]*(?:py|python)?[ \\t]*\\n(.*)$");

    private CodeExtractor() {
    }

    public static Optional<String> extract(String reply) {
        if (reply == null || reply.isBlank()) {
            return Optional.empty();
        }
        List<String> blocks = new ArrayList<>();
        Matcher matcher = FENCE.matcher(reply);
        while (matcher.find()) {
            String language = matcher.group(1).toLowerCase();
            if (language.isEmpty() || language.startsWith("py")) {
                blocks.add(matcher.group(2));
            }
        }
        if (blocks.isEmpty()) {
            Matcher unclosed = UNCLOSED.matcher(reply);
            String text = unclosed.matches() ? unclosed.group(1) : reply;
            return looksLikeProgram(text) ? Optional.of(text.strip() + "\n") : Optional.empty();
        }
        return blocks.stream().filter(CodeExtractor::buildsModel).reduce((first, later) -> later)
                .or(() -> blocks.stream().filter(CodeExtractor::looksLikeProgram).reduce((first, later) -> later))
                .map(code -> code.endsWith("\n") ? code : code + "\n");
    }

    private static boolean buildsModel(String code) {
        return code.contains("pm.Model(") || code.contains("pymc.Model(");
    }

    private static boolean looksLikeProgram(String text) {
        return text.contains("import pymc") || text.contains("from pymc");
    }
}
