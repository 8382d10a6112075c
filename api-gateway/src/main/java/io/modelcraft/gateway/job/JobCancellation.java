package io.modelcraft.gateway.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.contracts.JobCancelRequested;
import io.modelcraft.gateway.config.GatewayConfig;
import io.modelcraft.gateway.json.JsonText;
import io.modelcraft.outbox.Outbox;
import io.modelcraft.gateway.problem.ConflictException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Asks the agent to stop a job: the request is noted on the job and the message is written with it. The job
 * ends CANCELLED when the agent says so; a job the agent has not started yet is asked again when it starts.
 */
@ApplicationScoped
public class JobCancellation {

    private final ObjectMapper json;
    private final GatewayConfig config;
    private final Outbox outbox;

    public JobCancellation(ObjectMapper json, Outbox outbox, GatewayConfig config) {
        this.json = json;
        this.config = config;
        this.outbox = outbox;
    }

    public Job cancel(UUID jobId, UUID tenantId) {
        Job job = QuarkusTransaction.requiringNew().call(() -> {
            Job found = Job.owned(jobId, tenantId);
            if (found.status.isFinal()) {
                throw new ConflictException("job " + jobId + " already ended " + found.status);
            }
            if (found.cancelRequestedAt == null) {
                found.cancelRequestedAt = Instant.now();
                announce(found);
            }
            return found;
        });
        return job;
    }

    /** Writes the cancel message; must run inside the caller's transaction. */
    public void announce(Job job) {
        JobCancelRequested message = new JobCancelRequested(JobCancelRequested.SCHEMA_VERSION,
                UUID.randomUUID().toString(), job.id.toString(), "cancelled by the user", Instant.now());
        outbox.add(config.topics().jobCancelRequested(), job.id.toString(), JsonText.write(json, message));
    }
}
