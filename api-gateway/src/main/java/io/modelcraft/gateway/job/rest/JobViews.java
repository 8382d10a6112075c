package io.modelcraft.gateway.job.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.contracts.CheckResult;
import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.JobIteration;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;

/** Turns stored jobs and iterations into what the API shows. */
@ApplicationScoped
public class JobViews {

    private final ObjectMapper json;

    public JobViews(ObjectMapper json) {
        this.json = json;
    }

    public JobView of(Job job, List<JobIteration> iterations) {
        return new JobView(job.id, job.status, job.phase, job.phaseSince, job.problem, job.maxIterations, job.provider, job.model,
                job.retryOnWarnings, job.diagnostics, job.promptVersion, job.promptHash, job.parentJobId, job.followUp,
                job.webhookUrl, job.finalCode, job.failureReason, job.createdAt, job.updatedAt, job.cancelRequestedAt, job.finishedAt,
                iterations.stream().map(this::of).toList());
    }

    private IterationView of(JobIteration it) {
        try {
            JsonNode messages = json.readTree(it.messagesJson);
            CheckResult check = it.checkJson == null ? null : json.readValue(it.checkJson, CheckResult.class);
            return new IterationView(it.number, it.asked, messages, it.response, it.code, check, it.llmMillis,
                    it.checkMillis, it.inputTokens, it.outputTokens);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
