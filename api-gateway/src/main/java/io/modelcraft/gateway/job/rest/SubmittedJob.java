package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.job.JobStatus;
import java.util.UUID;

/** The answer to a submit: the job's id, its status and where to poll it. */
public record SubmittedJob(UUID id, JobStatus status, String statusUrl) {
}
