package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.config.AgentConfig;
import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.agent.job.JobStatus;
import io.modelcraft.agent.llm.ModelAllowlist;
import io.modelcraft.agent.llm.ModelChoice;
import io.modelcraft.agent.prompt.PromptLibrary;
import io.modelcraft.contracts.JobOptions;
import io.modelcraft.contracts.JobRequested;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Turns a request into a job record; a request the agent cannot serve becomes a job that failed at once, with why. */
@ApplicationScoped
public class JobIntake {

    private final AgentConfig config;
    private final ModelAllowlist allowlist;
    private final PromptLibrary prompts;

    public JobIntake(AgentConfig config, ModelAllowlist allowlist, PromptLibrary prompts) {
        this.config = config;
        this.allowlist = allowlist;
        this.prompts = prompts;
    }

    AuthoringJob newJob(UUID jobId, JobRequested request) {
        JobOptions options = request.options() == null ? new JobOptions(null, null, null, null, null) : request.options();
        AuthoringJob job = new AuthoringJob();
        job.id = jobId;
        job.problem = request.problem();
        Integer asked = options.maxIterations();
        job.maxIterations = Math.max(1, Math.min(asked == null ? config.defaultMaxIterations() : asked, config.maxIterationsCap()));
        Optional<ModelChoice> choice = allowlist.resolve(options.provider(), options.model());
        job.provider = choice.map(ModelChoice::provider).orElse(options.provider());
        job.model = choice.map(ModelChoice::model).orElse(options.model());
        job.retryOnWarnings = Boolean.TRUE.equals(options.retryOnWarnings());
        job.diagnostics = Boolean.TRUE.equals(options.diagnostics());
        job.promptVersion = config.promptVersion();
        job.promptHash = prompts.version(job.promptVersion).hash();
        if (request.followUp() != null) {
            job.parentJobId = UUID.fromString(request.followUp().parentJobId());
            job.followUp = request.followUp().message();
        }
        job.status = JobStatus.RUNNING;
        job.createdAt = Instant.now();
        job.updatedAt = job.createdAt;
        return job;
    }

    /** Why the job cannot run, or null. */
    String refusal(AuthoringJob job) {
        if (allowlist.resolve(job.provider, job.model).isEmpty()) {
            return "model " + job.provider + ":" + job.model + " is not allowed here; allowed: " + allowlist.allowed();
        }
        if (job.parentJobId == null) {
            return null;
        }
        AuthoringJob parent = AuthoringJob.findById(job.parentJobId);
        if (parent == null || parent.status == JobStatus.RUNNING) {
            return "a follow-up needs a finished job to refine; " + job.parentJobId + " is "
                    + (parent == null ? "unknown" : "still running");
        }
        if (!prompts.version(job.promptVersion).supportsFollowUps()) {
            return "prompt version " + job.promptVersion + " has no follow-up template";
        }
        return null;
    }
}
