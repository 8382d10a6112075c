package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.JobService;
import io.modelcraft.gateway.problem.ConflictException;
import io.modelcraft.gateway.problem.PathIds;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Refines a finished job: a new job continues its conversation with the change asked (the REST API and MCP). */
@ApplicationScoped
public class JobFollowUps {

    private final JobService jobs;
    private final JobRequestValidator validator;
    private final JobWebhooks webhooks;

    public JobFollowUps(JobService jobs, JobRequestValidator validator, JobWebhooks webhooks) {
        this.jobs = jobs;
        this.validator = validator;
        this.webhooks = webhooks;
    }

    /** The new job, and the secret of a webhook endpoint registered for it just now (else null). */
    public record Refinement(Job job, String newSecret) {
    }

    public Refinement refine(UUID tenantId, String parentId, FollowUpRequest request) {
        Job parent = Job.owned(PathIds.parse(parentId, "job"), tenantId);
        if (!parent.status.isFinal()) {
            throw new ConflictException("job " + parentId + " is " + parent.status + "; only a finished job can be refined");
        }
        JobWebhooks.Attached job = webhooks.attach(tenantId, validator.validate(request, parent));
        return new Refinement(jobs.submit(tenantId, job.job(), null, null), job.newSecret());
    }
}
