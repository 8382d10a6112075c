package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.agent.job.Iteration;
import io.modelcraft.agent.job.IterationState;
import io.modelcraft.agent.job.JobStatus;
import io.modelcraft.agent.job.messaging.JobEvents;
import io.modelcraft.agent.prompt.PromptLibrary;
import io.modelcraft.contracts.CompileCompleted;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Applies a check result to its iteration: the job succeeds, fails for want of iterations, or gets
 * another turn. A result for an iteration that is not waiting for that very check changes nothing.
 */
@ApplicationScoped
public class CheckOutcomes {

    private final JobEvents events;
    private final JobEnding ending;
    private final AuthoringLoop loop;
    private final PromptLibrary prompts;
    private final JobLeases leases;

    public CheckOutcomes(JobEvents events, JobEnding ending, AuthoringLoop loop, PromptLibrary prompts, JobLeases leases) {
        this.events = events;
        this.ending = ending;
        this.loop = loop;
        this.prompts = prompts;
        this.leases = leases;
    }

    public void apply(CompileCompleted completed) {
        UUID jobId = UUID.fromString(completed.jobId());
        boolean another = QuarkusTransaction.requiringNew().call(() -> record(jobId, completed));
        if (another) {
            loop.schedule(jobId);
        }
    }

    private boolean record(UUID jobId, CompileCompleted completed) {
        AuthoringJob job = AuthoringJob.locked(jobId);
        Iteration iteration = job == null ? null : Iteration.find(jobId, completed.iteration()).orElse(null);
        if (iteration == null || iteration.state != IterationState.AWAITING_CHECK
                || !iteration.checkRequestId.equals(completed.requestEventId())) {
            return false;
        }
        iteration.state = IterationState.CHECKED;
        iteration.checkJson = events.toJson(completed.result());
        iteration.checkMillis = completed.checkMillis();
        iteration.checkedAt = Instant.now();
        events.iterationRecorded(job, iteration, completed.result());
        if (job.status != JobStatus.RUNNING) {
            return false;
        }
        if (completed.result().ok() && !warningsCostATurn(job, completed)) {
            ending.succeed(job, completed.result().checkedCode(iteration.code));
            return false;
        }
        if (ending.endIfOutOfIterations(job, iteration)) {
            return false;
        }
        leases.take(job); // the next turn is queued here
        return true;
    }

    /** A passing check with warnings gets another turn when the job asked for that and the prompts can say it. */
    private boolean warningsCostATurn(AuthoringJob job, CompileCompleted completed) {
        return job.retryOnWarnings && completed.result().warnings() != null && !completed.result().warnings().isEmpty()
                && prompts.version(job.promptVersion).supportsWarningTurns();
    }
}
