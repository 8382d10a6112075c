package io.modelcraft.contracts;

import java.time.Instant;

/** Topic {@code jobs.cancel-requested}, keyed by job id: stop the job after its current step. */
public record JobCancelRequested(int schemaVersion, String eventId, String jobId, String reason, Instant occurredAt) {
    public static final int SCHEMA_VERSION = 1;
}
