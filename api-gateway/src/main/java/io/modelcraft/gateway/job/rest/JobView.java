package io.modelcraft.gateway.job.rest;

import io.modelcraft.contracts.JobEvent;
import io.modelcraft.gateway.job.JobStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A job with its full iteration history. {@code phase} says what a running job does now (waiting for the model,
 * the model writing, the check) since {@code phaseSince}. {@code promptVersion} and {@code promptHash} are known
 * once the agent started the job; {@code parentJobId} and {@code followUp} are set on a refinement.
 */
public record JobView(UUID id, JobStatus status, JobEvent.Phase phase, Instant phaseSince, String problem, Integer maxIterations, String provider, String model,
                      Boolean retryOnWarnings, Boolean diagnostics, String promptVersion, String promptHash,
                      UUID parentJobId, String followUp, String webhookUrl, String finalCode, String failureReason,
                      Instant createdAt, Instant updatedAt, Instant cancelRequestedAt, Instant finishedAt,
                      List<IterationView> iterations) {
}
