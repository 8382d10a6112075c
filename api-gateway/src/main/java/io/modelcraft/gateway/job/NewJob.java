package io.modelcraft.gateway.job;

import java.util.UUID;

/**
 * A validated submit, normalised as it will be stored: the problem is stripped, the provider and model are
 * the allowed pair resolved from what was asked. A follow-up names its parent and the change asked for.
 * {@code webhookEndpointId} is the tenant's endpoint registered for {@code webhookUrl}, once known.
 */
public record NewJob(String problem, String webhookUrl, Integer maxIterations, String provider, String model,
                     Boolean retryOnWarnings, Boolean diagnostics, UUID parentJobId, String followUp,
                     UUID webhookEndpointId) {

    public NewJob withWebhook(String url, UUID endpointId) {
        return new NewJob(problem, url, maxIterations, provider, model, retryOnWarnings, diagnostics, parentJobId,
                followUp, endpointId);
    }
}
