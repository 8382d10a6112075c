package io.modelcraft.contracts;

/**
 * Per-job choices carried with a request; null fields fall back to the agent's configuration.
 * {@code provider} and {@code model} must be a pair the operator allows; {@code retryOnWarnings} makes a
 * passing check with warnings cost another turn that asks the model to address them.
 */
public record JobOptions(Integer maxIterations, String provider, String model, Boolean retryOnWarnings) {
}
