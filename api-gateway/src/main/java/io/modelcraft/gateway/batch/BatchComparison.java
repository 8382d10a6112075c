package io.modelcraft.gateway.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Two batches side by side, overall and problem by problem (matched by key). */
public record BatchComparison(String before, String now, BatchStats beforeStats, BatchStats nowStats,
                              Map<String, Long> changes, List<ProblemChange> problems) {

    /** One problem in both batches; {@code change} is fixed, broke, still passes, still fails, pending, added or removed. */
    public record ProblemChange(String key, ProblemOutcome before, ProblemOutcome now, String change,
                                Integer iterationsDelta, Long tokensDelta) {
    }

    public static BatchComparison of(String beforeId, List<ProblemOutcome> before, String nowId, List<ProblemOutcome> now) {
        Map<String, ProblemOutcome> earlier = new LinkedHashMap<>();
        before.forEach(o -> earlier.put(o.key(), o));
        List<ProblemChange> problems = new ArrayList<>();
        for (ProblemOutcome later : now) {
            problems.add(change(later.key(), earlier.remove(later.key()), later));
        }
        earlier.values().forEach(gone -> problems.add(change(gone.key(), gone, null)));
        Map<String, Long> changes = new LinkedHashMap<>();
        problems.forEach(p -> changes.merge(p.change(), 1L, Long::sum));
        return new BatchComparison(beforeId, nowId, BatchStats.of(before), BatchStats.of(now), changes, problems);
    }

    private static ProblemChange change(String key, ProblemOutcome before, ProblemOutcome now) {
        if (before == null || now == null) {
            return new ProblemChange(key, before, now, before == null ? "added" : "removed", null, null);
        }
        String change;
        if (!before.finished() || !now.finished()) {
            change = "pending";
        } else if (before.passed() == now.passed()) {
            change = now.passed() ? "still passes" : "still fails";
        } else {
            change = now.passed() ? "fixed" : "broke";
        }
        return new ProblemChange(key, before, now, change, now.iterations() - before.iterations(),
                now.tokens() - before.tokens());
    }
}
