package io.modelcraft.gateway.batch;

/** Where one problem of a batch stands: its job's status, iterations, tokens and time (null until it ends). */
public record ProblemOutcome(String key, String jobId, String status, int iterations, long tokens, Long millis) {

    public boolean finished() {
        return millis != null;
    }

    public boolean passed() {
        return "SUCCEEDED".equals(status);
    }
}
