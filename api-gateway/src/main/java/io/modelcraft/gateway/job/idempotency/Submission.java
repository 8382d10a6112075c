package io.modelcraft.gateway.job.idempotency;

import io.modelcraft.gateway.job.Job;

/** The job a submit answers with; {@code replayed} when it was created by an earlier submit with the same key. */
public record Submission(Job job, boolean replayed) {
}
