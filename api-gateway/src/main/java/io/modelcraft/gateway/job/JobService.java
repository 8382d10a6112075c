package io.modelcraft.gateway.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.contracts.JobOptions;
import io.modelcraft.contracts.JobRequested;
import io.modelcraft.gateway.config.GatewayConfig;
import io.modelcraft.gateway.outbox.OutboxMessage;
import io.modelcraft.gateway.outbox.OutboxRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/** Accepts jobs: the row and the message announcing it are committed together, then relayed. */
@ApplicationScoped
public class JobService {

    private final ObjectMapper json;
    private final OutboxRelay relay;
    private final GatewayConfig config;

    public JobService(ObjectMapper json, OutboxRelay relay, GatewayConfig config) {
        this.json = json;
        this.relay = relay;
        this.config = config;
    }

    public Job submit(String problem, String webhookUrl, Integer maxIterations, String model) {
        Job job = new Job();
        job.id = UUID.randomUUID();
        job.problem = problem;
        job.webhookUrl = webhookUrl;
        job.maxIterations = maxIterations;
        job.model = model;
        job.status = JobStatus.QUEUED;
        job.createdAt = Instant.now();
        job.updatedAt = job.createdAt;
        JobRequested request = new JobRequested(JobRequested.SCHEMA_VERSION, UUID.randomUUID().toString(),
                job.id.toString(), problem, new JobOptions(maxIterations, model), job.createdAt);
        QuarkusTransaction.requiringNew().run(() -> {
            job.persist();
            OutboxMessage.of(config.topics().jobRequested(), job.id.toString(), write(request)).persist();
        });
        relay.wake();
        return job;
    }

    private String write(Object message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
