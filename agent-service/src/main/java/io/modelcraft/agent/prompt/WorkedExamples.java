package io.modelcraft.agent.prompt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The worked examples of a prompt version ({@code examples.md}: a section per example, "## " and its problem,
 * then one python code block), and the one to show with a problem: the example whose problem shares the most
 * distinctive words with it, each word weighted by how few examples use it; the first when none shares more than
 * {@link #MIN_SCORE}, about two distinctive words, since a word or two in common is chance.
 */
public final class WorkedExamples {

    private static final Pattern SECTION = Pattern.compile("^## (.+?)\\n(.*?)(?=^## |\\z)", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL);
    static final double MIN_SCORE = 3.0;
    private static final Pattern WORD = Pattern.compile("[a-z]{3,}");
    private static final Set<String> COMMON = Set.of("the", "and", "with", "for", "from", "that", "each", "what",
            "how", "which", "are", "was", "were", "its", "their", "this", "these", "one", "two", "name", "model",
            "pymc", "estimate", "prior", "posterior", "write", "give", "fit", "using", "after", "all", "out", "have");

    private final List<WorkedExample> examples;
    private final List<Set<String>> words = new ArrayList<>();

    private WorkedExamples(List<WorkedExample> examples) {
        this.examples = List.copyOf(examples);
        examples.forEach(example -> words.add(words(example.problem())));
    }

    public static WorkedExamples parse(String text) {
        List<WorkedExample> found = new ArrayList<>();
        Matcher section = SECTION.matcher(text);
        while (section.find()) {
            Matcher code = CODE.matcher(section.group(2));
            if (!code.find()) {
                throw new IllegalArgumentException("examples.md: no python code block for \"" + section.group(1) + "\"");
            }
            found.add(new WorkedExample(section.group(1).strip(), code.group(1)));
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("examples.md: no example");
        }
        return new WorkedExamples(found);
    }

    public WorkedExample closestTo(String problem) {
        Set<String> asked = words(problem);
        int best = 0;
        double bestScore = MIN_SCORE;
        for (int i = 0; i < examples.size(); i++) {
            double score = 0;
            for (String word : words.get(i)) {
                if (asked.contains(word)) {
                    score += Math.log((1.0 + examples.size()) / (1.0 + usedBy(word)));
                }
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return examples.get(best);
    }

    public List<WorkedExample> all() {
        return examples;
    }

    private long usedBy(String word) {
        return words.stream().filter(set -> set.contains(word)).count();
    }

    private static Set<String> words(String text) {
        Set<String> found = new HashSet<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            String stem = stem(word.group());
            if (!COMMON.contains(stem)) {
                found.add(stem);
            }
        }
        return found;
    }

    /** "tickets", "numbered" and "ticket", "number" count as one word. */
    private static String stem(String word) {
        for (String suffix : new String[] {"ed", "s"}) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
