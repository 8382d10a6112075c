package io.modelcraft.gateway.check.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.contracts.CompileCompleted;
import io.modelcraft.gateway.check.CheckWaiters;
import io.smallrye.common.annotation.Blocking;
import io.modelcraft.outbox.ConsumerRetry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads the workers' verdicts (the gateways share one group) and keeps those on direct checks. */
@ApplicationScoped
public class CheckResultConsumer {

    private final ObjectMapper json;
    private final CheckVerdicts verdicts;
    private final CheckWaiters waiters;
    private final ConsumerRetry retry;

    public CheckResultConsumer(ObjectMapper json, CheckVerdicts verdicts, CheckWaiters waiters, ConsumerRetry retry) {
        this.json = json;
        this.verdicts = verdicts;
        this.waiters = waiters;
        this.retry = retry;
    }

    @Incoming("check-results")
    @Blocking
    public void consume(String payload) throws JsonProcessingException {
        CompileCompleted completed = json.readValue(payload, CompileCompleted.class).requireSupported();
        if (retry.apply("the verdict on " + completed.jobId(), () -> verdicts.apply(completed))) {
            waiters.checked(UUID.fromString(completed.jobId()));
        }
    }
}
