package io.modelcraft.gateway.mcp;

import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.JobIteration;
import io.modelcraft.gateway.job.rest.JobViews;
import io.modelcraft.gateway.problem.PathIds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;

/** Reads a tenant's job for the tools, and waits for it to end, up to a bound, looking once a second. */
@ApplicationScoped
public class McpJobs {

    private static final Duration LOOK_EVERY = Duration.ofSeconds(1);

    private final JobViews views;

    public McpJobs(JobViews views) {
        this.views = views;
    }

    public McpJob read(UUID tenantId, String jobId, String statusUrl) {
        UUID id = PathIds.parse(jobId, "job");
        return QuarkusTransaction.requiringNew().call(
                () -> McpJob.of(views.of(Job.owned(id, tenantId), JobIteration.ofJob(id)), statusUrl));
    }

    /** The job once it ended, or as it stands when {@code bound} has passed. */
    public McpJob await(UUID tenantId, UUID jobId, Duration bound, String statusUrl) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline && !ended(jobId)) {
            Thread.sleep(Math.max(1, Math.min(LOOK_EVERY.toMillis(), (deadline - System.nanoTime()) / 1_000_000)));
        }
        return read(tenantId, jobId.toString(), statusUrl);
    }

    private static boolean ended(UUID jobId) {
        return QuarkusTransaction.requiringNew().call(() -> Job.<Job>findByIdOptional(jobId)
                .map(job -> job.status.isFinal()).orElse(true));
    }
}
