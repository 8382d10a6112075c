package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.job.JobStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A job with its full iteration history. */
public record JobView(UUID id, JobStatus status, String problem, Integer maxIterations, String model,
                      String webhookUrl, String finalCode, String failureReason, Instant createdAt,
                      Instant updatedAt, Instant finishedAt, List<IterationView> iterations) {
}
