package io.modelcraft.agent.prompt;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kind of answer a problem asks for, where its words say so. The program's shape follows from it more than
 * from the story: a problem that names a 0/1 outcome ("Name the outcome `loaded`, 1 for the loaded die and 0 for
 * the fair one") is written as a Bernoulli hypothesis and a switch, whatever it is about, while an example about
 * urns, closer in words, leads a small model to a Categorical index and a variable the problem did not ask for.
 */
public enum AnswerKind {
    INDICATOR(Pattern.compile("`\\w+`[^.`]*?\\b1 (?:if|for|when)\\b[^.`]*?\\b0 (?:if|for|when|otherwise)\\b"));

    private final Pattern said;

    AnswerKind(Pattern said) {
        this.said = said;
    }

    public static Optional<AnswerKind> of(String problem) {
        for (AnswerKind kind : values()) {
            if (kind.said.matcher(problem).find()) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
