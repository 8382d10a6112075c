package io.modelcraft.agent.job.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.agent.job.loop.CheckOutcomes;
import io.modelcraft.contracts.CompileCompleted;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Takes check verdicts from the workers; duplicates and late arrivals are ignored downstream. */
@ApplicationScoped
public class CompileResultConsumer {

    private final CheckOutcomes outcomes;
    private final ObjectMapper json;

    public CompileResultConsumer(CheckOutcomes outcomes, ObjectMapper json) {
        this.outcomes = outcomes;
        this.json = json;
    }

    @Incoming("compile-results")
    @Blocking
    public void consume(String payload) throws JsonProcessingException {
        outcomes.apply(json.readValue(payload, CompileCompleted.class).requireSupported());
    }
}
