package io.modelcraft.contracts;

import java.time.Instant;

/**
 * Topic {@code jobs.requested}, keyed by job id: the gateway asks the agent to author a model.
 * {@code followUp} is set when the job refines a finished one.
 */
public record JobRequested(int schemaVersion, String eventId, String jobId, String problem,
                           JobOptions options, FollowUp followUp, Instant occurredAt) {
    public static final int SCHEMA_VERSION = 1;
}
