package io.modelcraft.agent.prompt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

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
    private final List<Optional<AnswerKind>> kinds = new ArrayList<>();

    private WorkedExamples(List<WorkedExample> examples) {
        this.examples = List.copyOf(examples);
        examples.forEach(example -> {
            words.add(words(example.problem()));
            kinds.add(AnswerKind.of(example.problem()));
        });
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
        return ranked(problem).get(0);
    }

    /**
     * The closest of the examples that ask for the kind of answer the problem asks for, however few words they
     * share with it; the closest of all when the problem names no kind or no example asks for its kind.
     */
    public WorkedExample closestOfKind(String problem) {
        Optional<AnswerKind> kind = AnswerKind.of(problem);
        if (kind.isEmpty()) {
            return closestTo(problem);
        }
        double[] scores = scores(problem);
        return IntStream.range(0, examples.size()).boxed()
                .filter(i -> kinds.get(i).equals(kind))
                .min(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i))
                .map(examples::get).orElseGet(() -> closestTo(problem));
    }

    /**
     * The example to show on turn {@code turn} (from 1) when turns alternate: the closest on odd turns; on even
     * turns the next of the others that share enough words with the problem, then the first example, so that one
     * misleading example cannot decide every turn of a job.
     */
    public WorkedExample forTurn(String problem, int turn) {
        List<WorkedExample> ranked = ranked(problem);
        if (turn % 2 == 1 || ranked.size() == 1) {
            return ranked.get(0);
        }
        return ranked.get(1 + (turn / 2 - 1) % (ranked.size() - 1));
    }

    /** The examples scoring above {@link #MIN_SCORE}, best first, then the first example if it is not among them. */
    private List<WorkedExample> ranked(String problem) {
        double[] scores = scores(problem);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (scores[i] > MIN_SCORE) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i));
        if (!order.contains(0)) {
            order.add(0);
        }
        return order.stream().map(examples::get).toList();
    }

    /** Per example, the distinctive words its problem shares with {@code problem}, each weighted by how few examples use it. */
    private double[] scores(String problem) {
        Set<String> asked = words(problem);
        double[] scores = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            for (String word : words.get(i)) {
                if (asked.contains(word)) {
                    scores[i] += Math.log((1.0 + examples.size()) / (1.0 + usedBy(word)));
                }
            }
        }
        return scores;
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
