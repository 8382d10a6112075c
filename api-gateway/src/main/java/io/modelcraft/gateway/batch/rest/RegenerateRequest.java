package io.modelcraft.gateway.batch.rest;

/** New options for the same problems; a field left out keeps the old batch's value. */
public record RegenerateRequest(Integer maxIterations, String provider, String model, Boolean retryOnWarnings,
                                Boolean diagnostics, String webhookUrl, String jobWebhookUrl) {
}
