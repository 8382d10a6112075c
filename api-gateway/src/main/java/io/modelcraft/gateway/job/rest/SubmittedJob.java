package io.modelcraft.gateway.job.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.JobStatus;
import java.util.UUID;

/**
 * The answer to a submit: the job's id, its status and where to poll it. When the submit named a webhook URL
 * new to the tenant, the URL is registered as an endpoint and {@code webhookSecret} is its signing secret,
 * shown this once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmittedJob(UUID id, JobStatus status, String statusUrl, UUID webhookEndpointId, String webhookSecret) {

    static SubmittedJob of(Job job, String statusUrl, String newSecret) {
        return new SubmittedJob(job.id, job.status, statusUrl, job.webhookEndpointId, newSecret);
    }
}
