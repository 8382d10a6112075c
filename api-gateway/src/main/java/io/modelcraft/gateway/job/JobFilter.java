package io.modelcraft.gateway.job;

import java.time.Instant;
import java.util.UUID;

/** Which jobs of a tenant a listing shows; another null field does not filter. {@code createdSince} is inclusive. */
public record JobFilter(UUID tenantId, JobStatus status, Instant createdSince, UUID batchId) {
}
