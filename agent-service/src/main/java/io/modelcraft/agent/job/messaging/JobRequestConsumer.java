package io.modelcraft.agent.job.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.agent.job.loop.AuthoringLoop;
import io.modelcraft.contracts.JobRequested;
import io.smallrye.common.annotation.Blocking;
import io.modelcraft.outbox.ConsumerRetry;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Takes job requests from the gateway; an unreadable one fails here and goes to the dead-letter topic. */
@ApplicationScoped
public class JobRequestConsumer {

    private final AuthoringLoop loop;
    private final ObjectMapper json;
    private final ConsumerRetry retry;

    public JobRequestConsumer(AuthoringLoop loop, ObjectMapper json, ConsumerRetry retry) {
        this.loop = loop;
        this.json = json;
        this.retry = retry;
    }

    @Incoming("job-requests")
    @Blocking
    public void consume(String payload) throws JsonProcessingException {
        JobRequested request = json.readValue(payload, JobRequested.class);
        if (request.schemaVersion() != JobRequested.SCHEMA_VERSION || request.jobId() == null
                || request.problem() == null || request.problem().isBlank()) {
            throw new IllegalArgumentException("unsupported job request: schema version "
                    + request.schemaVersion() + ", job " + request.jobId());
        }
        retry.run("job request " + request.jobId(), () -> loop.start(request));
    }
}
