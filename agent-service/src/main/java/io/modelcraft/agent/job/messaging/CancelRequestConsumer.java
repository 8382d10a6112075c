package io.modelcraft.agent.job.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.agent.job.loop.JobEnding;
import io.modelcraft.contracts.JobCancelRequested;
import io.smallrye.common.annotation.Blocking;
import io.modelcraft.outbox.ConsumerRetry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Takes cancellations from the gateway; a job already ended, or cancelled before, stays as it is. */
@ApplicationScoped
public class CancelRequestConsumer {

    private final JobEnding ending;
    private final ObjectMapper json;
    private final ConsumerRetry retry;

    public CancelRequestConsumer(JobEnding ending, ObjectMapper json, ConsumerRetry retry) {
        this.ending = ending;
        this.json = json;
        this.retry = retry;
    }

    @Incoming("cancel-requests")
    @Blocking
    public void consume(String payload) throws JsonProcessingException {
        JobCancelRequested request = json.readValue(payload, JobCancelRequested.class);
        if (request.schemaVersion() != JobCancelRequested.SCHEMA_VERSION || request.jobId() == null) {
            throw new IllegalArgumentException("unsupported cancel request: schema version "
                    + request.schemaVersion() + ", job " + request.jobId());
        }
        retry.run("cancel request " + request.jobId(), () -> ending.cancel(UUID.fromString(request.jobId()),
                request.reason() == null ? "cancelled" : request.reason()));
    }
}
