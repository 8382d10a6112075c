package io.modelcraft.gateway.job.rest;

/** The body of {@code POST /api/v1/jobs}. Only {@code problem} is required. */
public record SubmitJobRequest(String problem, String webhookUrl, Integer maxIterations, String model) {
}
