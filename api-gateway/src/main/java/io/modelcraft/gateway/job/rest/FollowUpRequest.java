package io.modelcraft.gateway.job.rest;

/**
 * The body of {@code POST /api/v1/jobs/{id}/follow-ups}: the change asked for ({@code message}, required);
 * the other fields default to the parent job's.
 */
public record FollowUpRequest(String message, String webhookUrl, Integer maxIterations, String provider,
                              String model, Boolean retryOnWarnings, Boolean diagnostics) {
}
