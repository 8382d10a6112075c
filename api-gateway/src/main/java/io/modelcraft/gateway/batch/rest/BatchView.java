package io.modelcraft.gateway.batch.rest;

import io.modelcraft.gateway.batch.Batch;
import io.modelcraft.gateway.batch.BatchStats;
import java.time.Instant;
import java.util.UUID;

/** A batch, its shared options, its progress and its results so far. */
public record BatchView(UUID id, UUID parentBatchId, String provider, String model, Integer maxIterations,
                        Boolean retryOnWarnings, String webhookUrl, int problemCount, Instant createdAt, String jobsUrl,
                        BatchStats stats) {

    static BatchView of(Batch batch, BatchStats stats) {
        return new BatchView(batch.id, batch.parentBatchId, batch.provider, batch.model, batch.maxIterations,
                batch.retryOnWarnings, batch.webhookUrl, batch.problemCount, batch.createdAt, "/api/v1/jobs?batch=" + batch.id, stats);
    }
}
