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
    INDICATOR(Pattern.compile("`\\w+`" + Sentence.REST + "\\b(?:1 " + Sentence.CODE + Sentence.REST + "\\b0 " + Sentence.LAST_CODE
            + "|0 " + Sentence.CODE + Sentence.REST + "\\b1 " + Sentence.LAST_CODE + ")\\b"));

    private final Pattern said;

    /** Pieces of the patterns: the rest of one sentence (a decimal point does not end it) and an outcome's code. */
    private static final class Sentence {
        static final String REST = "(?:[^.`]|\\.\\d)*?";
        static final String CODE = "(?:if|for|when)\\b";
        static final String LAST_CODE = "(?:if|for|when|otherwise)";
    }

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
