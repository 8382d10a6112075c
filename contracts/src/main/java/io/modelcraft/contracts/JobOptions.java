package io.modelcraft.contracts;

/**
 * Per-job choices carried with a request; null fields fall back to the agent's configuration.
 * {@code provider} and {@code model} must be a pair the operator allows; {@code retryOnWarnings} makes a
 * passing check with warnings cost another turn that asks the model to address them; {@code diagnostics} makes
 * every passing check also run a short real sampling run and report its diagnostics (see {@link CompileRequested}).
 */
public record JobOptions(Integer maxIterations, String provider, String model, Boolean retryOnWarnings,
                         Boolean diagnostics) {
}
