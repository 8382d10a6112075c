package io.modelcraft.gateway.job;

import java.time.Instant;
import java.util.UUID;

/** Which jobs a listing shows; a null field does not filter. {@code createdSince} is inclusive. */
public record JobFilter(JobStatus status, Instant createdSince, UUID batchId) {
}
