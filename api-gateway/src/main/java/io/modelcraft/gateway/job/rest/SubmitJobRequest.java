package io.modelcraft.gateway.job.rest;

/**
 * The body of {@code POST /api/v1/jobs}. Only {@code problem} is required; {@code provider} and {@code model}
 * must name a pair the operator allows, {@code retryOnWarnings} makes a passing check with warnings cost
 * another turn. With {@code diagnostics: true}, every check that passes also runs a short real sampling run (draws,
 * chains and seconds bounded by the worker's config) and the iteration's {@code check.posterior} carries its summary,
 * diagnostics and plots; diagnostics that fall short come back as warnings (the checker's {@code diagnostics.py}),
 * which {@code retryOnWarnings} turns into another turn.
 */
public record SubmitJobRequest(String problem, String webhookUrl, Integer maxIterations, String provider,
                               String model, Boolean retryOnWarnings, Boolean diagnostics) {
}
