package io.modelcraft.gateway.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.contracts.FollowUp;
import io.modelcraft.contracts.JobOptions;
import io.modelcraft.contracts.JobRequested;
import io.modelcraft.gateway.config.GatewayConfig;
import io.modelcraft.gateway.json.JsonText;
import io.modelcraft.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Accepts jobs: the row and the message announcing it are committed together, then relayed. */
@ApplicationScoped
public class JobService {

    private final ObjectMapper json;
    private final GatewayConfig config;
    private final Outbox outbox;
    private final SubmitGroups groups;

    public JobService(ObjectMapper json, Outbox outbox, SubmitGroups groups, GatewayConfig config) {
        this.json = json;
        this.config = config;
        this.outbox = outbox;
        this.groups = groups;
    }

    /**
     * Stores the job and its outbox row in a new transaction, which other submits arriving meanwhile may share.
     * With an idempotency key (and the hash of the request), a key already taken makes the insert fail with a
     * unique violation and nothing of this job is stored.
     */
    public Job submit(UUID tenantId, NewJob request, String idempotencyKey, String requestHash) {
        return groups.store(() -> create(tenantId, request, idempotencyKey, requestHash, null, null));
    }

    /** Stores one job and its outbox row in the caller's transaction (a batch stores many in one). */
    public Job create(UUID tenantId, NewJob request, String idempotencyKey, String requestHash, UUID batchId,
                      String problemKey) {
        Job job = new Job();
        job.id = UUID.randomUUID();
        job.tenantId = tenantId;
        job.problem = request.problem();
        job.webhookUrl = request.webhookUrl();
        job.webhookEndpointId = request.webhookEndpointId();
        job.maxIterations = request.maxIterations();
        job.provider = request.provider();
        job.model = request.model();
        job.retryOnWarnings = request.retryOnWarnings();
        job.diagnostics = request.diagnostics();
        job.parentJobId = request.parentJobId();
        job.followUp = request.followUp();
        job.status = JobStatus.QUEUED;
        job.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
        job.updatedAt = job.createdAt;
        job.idempotencyKey = idempotencyKey;
        job.requestHash = requestHash;
        job.batchId = batchId;
        job.problemKey = problemKey;
        JobRequested message = new JobRequested(JobRequested.SCHEMA_VERSION, UUID.randomUUID().toString(),
                job.id.toString(), job.problem,
                new JobOptions(job.maxIterations, job.provider, job.model, job.retryOnWarnings, job.diagnostics),
                job.parentJobId == null ? null : new FollowUp(job.parentJobId.toString(), job.followUp), job.createdAt);
        if (idempotencyKey != null) {
            job.persistAndFlush(); // a taken key fails here, before the outbox row
        } else {
            job.persist();
        }
        outbox.add(config.topics().jobRequested(), job.id.toString(), JsonText.write(json, message));
        return job;
    }

}
