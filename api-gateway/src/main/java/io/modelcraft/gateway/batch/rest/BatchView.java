package io.modelcraft.gateway.batch.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelcraft.gateway.batch.Batch;
import io.modelcraft.gateway.batch.BatchStats;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A batch, its shared options, its progress and its results so far. {@code webhookSecrets} is only in the
 * answer to the submit that registered those webhook URLs: each new URL's signing secret, shown this once.
 */
public record BatchView(UUID id, UUID parentBatchId, String provider, String model, Integer maxIterations,
                        Boolean retryOnWarnings, Boolean diagnostics, String webhookUrl, String jobWebhookUrl,
                        int problemCount, Instant createdAt, String jobsUrl, BatchStats stats,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> webhookSecrets) {

    static BatchView of(Batch batch, BatchStats stats) {
        return of(batch, stats, Map.of());
    }

    static BatchView of(Batch batch, BatchStats stats, Map<String, String> webhookSecrets) {
        return new BatchView(batch.id, batch.parentBatchId, batch.provider, batch.model, batch.maxIterations,
                batch.retryOnWarnings, batch.diagnostics, batch.webhookUrl, batch.jobWebhookUrl, batch.problemCount,
                batch.createdAt, "/api/v1/jobs?batch=" + batch.id, stats, webhookSecrets);
    }
}
