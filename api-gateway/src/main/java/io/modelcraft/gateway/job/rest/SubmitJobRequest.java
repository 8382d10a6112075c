package io.modelcraft.gateway.job.rest;

/**
 * The body of {@code POST /api/v1/jobs}. Only {@code problem} is required; {@code provider} and {@code model}
 * must name a pair the operator allows, {@code retryOnWarnings} makes a passing check with warnings cost
 * another turn. With {@code diagnostics: true}, every check that passes also runs a short real sampling run (draws,
 * chains and seconds bounded by the worker's config) and the iteration's {@code check.posterior} carries R-hat, bulk
 * and tail ESS, divergences and per-variable mean and sd; diagnostics that fall short (R-hat above 1.01, ESS below
 * 400, any divergence, a failed sampling run) come back as warnings, which {@code retryOnWarnings} turns into another
 * turn.
 */
public record SubmitJobRequest(String problem, String webhookUrl, Integer maxIterations, String provider,
                               String model, Boolean retryOnWarnings, Boolean diagnostics) {
}
