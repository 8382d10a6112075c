package io.modelcraft.agent.job.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.agent.job.loop.CheckOutcomes;
import io.modelcraft.contracts.CompileCompleted;
import io.smallrye.common.annotation.Blocking;
import io.modelcraft.outbox.ConsumerRetry;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Takes check verdicts from the workers; duplicates and late arrivals are ignored downstream. */
@ApplicationScoped
public class CompileResultConsumer {

    private final CheckOutcomes outcomes;
    private final ObjectMapper json;
    private final ConsumerRetry retry;

    public CompileResultConsumer(CheckOutcomes outcomes, ObjectMapper json, ConsumerRetry retry) {
        this.outcomes = outcomes;
        this.json = json;
        this.retry = retry;
    }

    @Incoming("compile-results")
    @Blocking
    public void consume(String payload) throws JsonProcessingException {
        CompileCompleted completed = json.readValue(payload, CompileCompleted.class).requireSupported();
        retry.run("the verdict on job " + completed.jobId(), () -> outcomes.apply(completed));
    }
}
