package io.modelcraft.contracts;

/** Per-job choices carried with a request; null fields fall back to the agent's configuration. */
public record JobOptions(Integer maxIterations, String model) {
}
