package io.modelcraft.worker.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.contracts.CheckResult;
import io.modelcraft.contracts.CompileCompleted;
import io.modelcraft.contracts.CompileRequested;
import io.modelcraft.worker.sandbox.SandboxPool;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Checks each requested program in a warm sandbox and publishes the verdict, keyed by job id. A message that cannot be
 * read fails here and goes to the dead-letter topic; the consumer carries on.
 */
@ApplicationScoped
public class CompileRequestConsumer {

    private static final Logger LOG = Logger.getLogger(CompileRequestConsumer.class);

    private final SandboxPool checker;
    private final ObjectMapper json;

    public CompileRequestConsumer(SandboxPool checker, ObjectMapper json) {
        this.checker = checker;
        this.json = json;
    }

    @Incoming("compile-requests")
    @Outgoing("compile-results")
    @Blocking(ordered = false)
    public Record<String, String> check(String payload) throws JsonProcessingException, InterruptedException {
        CompileRequested request = json.readValue(payload, CompileRequested.class);
        if (request.schemaVersion() != CompileRequested.SCHEMA_VERSION || request.jobId() == null || request.code() == null) {
            throw new IllegalArgumentException("unsupported compile request: schema version "
                    + request.schemaVersion() + ", job " + request.jobId());
        }
        long started = System.nanoTime();
        CheckResult result = checker.check(request.code(), request.problem(), request.diagnostics(), request.files());
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("job %s iteration %d checked in %d ms: ok=%s stage=%s",
                request.jobId(), request.iteration(), millis, result.ok(), result.stage());
        CompileCompleted completed = new CompileCompleted(CompileCompleted.SCHEMA_VERSION, UUID.randomUUID().toString(),
                request.eventId(), request.jobId(), request.iteration(), result, millis, Instant.now());
        return Record.of(request.jobId(), json.writeValueAsString(completed));
    }
}
