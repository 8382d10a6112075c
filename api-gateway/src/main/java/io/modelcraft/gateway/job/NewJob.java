package io.modelcraft.gateway.job;

import java.util.UUID;

/**
 * A validated submit, normalised as it will be stored: the problem is stripped, the provider and model are
 * the allowed pair resolved from what was asked. A follow-up names its parent and the change asked for.
 */
public record NewJob(String problem, String webhookUrl, Integer maxIterations, String provider, String model,
                     Boolean retryOnWarnings, UUID parentJobId, String followUp) {
}
