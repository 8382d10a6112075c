package io.modelcraft.gateway.job;

import java.time.Instant;
import java.util.UUID;

/** A job as a list shows it: no code, no history, the problem possibly cut short (ending in "…"). */
public record JobSummary(UUID id, JobStatus status, String problem, Instant createdAt, Instant updatedAt,
                         Instant finishedAt, long iterationCount, UUID batchId, String problemKey) {
}
