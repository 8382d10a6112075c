package io.modelcraft.agent.job.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.agent.config.AgentConfig;
import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.agent.job.Iteration;
import io.modelcraft.outbox.Outbox;
import io.modelcraft.contracts.CheckResult;
import io.modelcraft.contracts.CompileRequested;
import io.modelcraft.contracts.IterationRecord;
import io.modelcraft.contracts.JobEvent;
import io.modelcraft.contracts.JobSetup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/** Writes the messages that announce a change into the outbox, inside the caller's transaction. */
@ApplicationScoped
public class JobEvents {

    private final ObjectMapper json;
    private final AgentConfig config;
    private final Outbox outbox;

    public JobEvents(ObjectMapper json, AgentConfig config, Outbox outbox) {
        this.json = json;
        this.config = config;
        this.outbox = outbox;
    }

    /** Asks for the check of an iteration's code; a first job's code is held to its problem, if so configured. */
    public void compileRequested(AuthoringJob job, Iteration iteration) {
        String problem = config.checkAgainstProblem() && job.followUp == null ? job.problem : null;
        CompileRequested request = new CompileRequested(CompileRequested.SCHEMA_VERSION, iteration.checkRequestId,
                iteration.jobId.toString(), iteration.number, iteration.code, problem, job.diagnostics, null, Instant.now());
        write(config.topics().compileRequested(), iteration.jobId, request);
    }

    public void started(AuthoringJob job) {
        JobSetup setup = new JobSetup(job.provider, job.model, job.maxIterations, job.retryOnWarnings, job.diagnostics,
                job.promptVersion, job.promptHash, job.parentJobId == null ? null : job.parentJobId.toString());
        publish(job, JobEvent.Type.STARTED, null, setup);
    }

    /** Announces an iteration with its check result ({@code check}: what {@code iteration.checkJson} holds). */
    public void iterationRecorded(AuthoringJob job, Iteration iteration, CheckResult check) {
        publish(job, JobEvent.Type.ITERATION_RECORDED, new IterationRecord(iteration.number, iteration.asked,
                iteration.messagesJson, iteration.response, iteration.code, check, iteration.llmMillis,
                iteration.checkMillis, iteration.inputTokens, iteration.outputTokens), null);
    }

    public void finished(AuthoringJob job) {
        publish(job, JobEvent.Type.FINISHED, null, null);
    }

    /** What the running job does now: queued for the model, the model writing, or its program being checked. */
    public void phase(AuthoringJob job, JobEvent.Phase phase) {
        publish(job, JobEvent.Type.PHASE_CHANGED, null, null, phase);
    }

    public String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CheckResult read(String checkJson) {
        try {
            return checkJson == null ? null : json.readValue(checkJson, CheckResult.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void publish(AuthoringJob job, JobEvent.Type type, IterationRecord iteration, JobSetup setup) {
        publish(job, type, iteration, setup, null);
    }

    private void publish(AuthoringJob job, JobEvent.Type type, IterationRecord iteration, JobSetup setup,
                         JobEvent.Phase phase) {
        JobEvent event = new JobEvent(JobEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), job.id.toString(), type,
                job.status.name(), iteration, job.finalCode, job.failureReason, setup, phase, Instant.now());
        write(config.topics().jobEvents(), job.id, event);
    }

    private void write(String topic, UUID jobId, Object message) {
        outbox.add(topic, jobId.toString(), toJson(message));
    }
}
