package io.modelcraft.gateway.job.rest;

/**
 * The body of {@code POST /api/v1/jobs}. Only {@code problem} is required; {@code provider} and {@code model}
 * must name a pair the operator allows, {@code retryOnWarnings} makes a passing check with warnings cost
 * another turn.
 */
public record SubmitJobRequest(String problem, String webhookUrl, Integer maxIterations, String provider,
                               String model, Boolean retryOnWarnings) {
}
