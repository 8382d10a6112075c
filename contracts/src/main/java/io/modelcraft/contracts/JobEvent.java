package io.modelcraft.contracts;

import java.time.Instant;

/**
 * Topic {@code jobs.events}, keyed by job id: the agent tells the gateway what happened to a job.
 * {@code iteration} is set for {@link Type#ITERATION_RECORDED}; {@code finalCode} and {@code failureReason}
 * for {@link Type#FINISHED}; {@code setup} for {@link Type#STARTED}; {@code phase} for {@link Type#PHASE_CHANGED},
 * what a running job is doing now. A job ends with status SUCCEEDED, FAILED or CANCELLED.
 */
public record JobEvent(int schemaVersion, String eventId, String jobId, Type type, String status,
                       IterationRecord iteration, String finalCode, String failureReason, JobSetup setup,
                       Phase phase, Instant occurredAt) {
    public static final int SCHEMA_VERSION = 1;

    public enum Type { STARTED, ITERATION_RECORDED, PHASE_CHANGED, FINISHED }

    /** A running job's current step: queued for the model (turn thread or provider slot), the model writing, the check. */
    public enum Phase { WAITING_FOR_MODEL, WRITING, CHECKING }
}
