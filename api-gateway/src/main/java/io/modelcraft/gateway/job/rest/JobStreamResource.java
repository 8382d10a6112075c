package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.problem.PathIds;
import io.modelcraft.gateway.config.GatewayConfig;
import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.JobChanges;
import io.modelcraft.gateway.job.JobIteration;
import io.modelcraft.gateway.job.ReplyDrafts;
import io.modelcraft.gateway.tenant.CurrentTenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * A job's progress as Server-Sent Events: the current state at once, then one event per change (an
 * iteration checked, the status moved, the model's reply grown), ending after the final status. Changes applied by this gateway
 * arrive at once; a periodic look catches those another instance applied.
 */
@Path("/api/v1/jobs/{id}/events")
public class JobStreamResource {

    private final JobChanges changes;
    private final JobViews views;
    private final GatewayConfig config;
    private final CurrentTenant tenant;
    private final ReplyDrafts drafts;

    public JobStreamResource(JobChanges changes, JobViews views, GatewayConfig config, CurrentTenant tenant,
                             ReplyDrafts drafts) {
        this.changes = changes;
        this.views = views;
        this.config = config;
        this.tenant = tenant;
        this.drafts = drafts;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow a job live (Server-Sent Events) until it ends")
    @APIResponse(responseCode = "200", description = "A stream of JobProgress events")
    @APIResponse(responseCode = "404", description = "No such job")
    public Multi<JobProgress> stream(@PathParam("id") String id) {
        UUID jobId = PathIds.parse(id, "job");
        UUID tenantId = tenant.id();
        QuarkusTransaction.requiringNew().run(() -> Job.owned(jobId, tenantId));
        Multi<Object> triggers = Multi.createBy().merging().streams(Multi.createFrom().<Object>item(jobId),
                changes.of(jobId).map(Object.class::cast),
                Multi.createFrom().ticks().every(config.streamPollInterval()).map(Object.class::cast));
        return Multi.createFrom().emitter(emitter -> {
            AtomicReference<JobProgress> sent = new AtomicReference<>();
            Cancellable watching = triggers.emitOn(Infrastructure.getDefaultWorkerPool()).subscribe().with(trigger -> {
                JobProgress progress = snapshot(jobId);
                if (progress != null && progress.differsFrom(sent.get())) {
                    sent.set(progress);
                    emitter.emit(progress);
                    if (progress.status().isFinal()) {
                        emitter.complete();
                    }
                }
            }, emitter::fail);
            emitter.onTermination(watching::cancel);
        });
    }

    private JobProgress snapshot(UUID jobId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Job job = Job.findById(jobId);
            if (job == null) {
                return null;
            }
            JobView view = views.of(job, JobIteration.ofJob(jobId));
            return JobProgress.of(view, drafts.of(jobId, view.iterations().size()).orElse(null));
        });
    }
}
