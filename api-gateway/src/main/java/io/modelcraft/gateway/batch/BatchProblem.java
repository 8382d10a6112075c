package io.modelcraft.gateway.batch;

/** One problem of a batch: its key (unique in the batch) and its text. */
public record BatchProblem(String key, String problem) {
}
