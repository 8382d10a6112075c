package io.modelcraft.gateway.batch;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A batch's progress (jobs by status) and its results over the jobs that ended: pass rate, first-try pass
 * rate, mean iterations, tokens, and the p50/p95 time from submit to end. Rates are null until a job ends.
 */
public record BatchStats(Map<String, Long> counts, int finished, Double passRate, Double firstTryPassRate,
                         Double meanIterations, long tokens, Long p50Millis, Long p95Millis) {

    public static BatchStats of(List<ProblemOutcome> outcomes) {
        Map<String, Long> counts = new TreeMap<>();
        for (String status : List.of("QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED")) {
            counts.put(status, outcomes.stream().filter(o -> o.status().equals(status)).count());
        }
        List<ProblemOutcome> ended = outcomes.stream().filter(ProblemOutcome::finished).toList();
        long tokens = outcomes.stream().mapToLong(ProblemOutcome::tokens).sum();
        if (ended.isEmpty()) {
            return new BatchStats(counts, 0, null, null, null, tokens, null, null);
        }
        double n = ended.size();
        List<Long> times = ended.stream().map(ProblemOutcome::millis).sorted().toList();
        return new BatchStats(counts, ended.size(),
                ended.stream().filter(ProblemOutcome::passed).count() / n,
                ended.stream().filter(o -> o.passed() && o.iterations() == 1).count() / n,
                ended.stream().mapToInt(ProblemOutcome::iterations).average().orElse(0), tokens,
                percentile(times, 0.50), percentile(times, 0.95));
    }

    private static long percentile(List<Long> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1))));
    }
}
