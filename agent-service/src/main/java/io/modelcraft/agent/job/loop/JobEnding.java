package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.agent.job.Iteration;
import io.modelcraft.agent.job.IterationState;
import io.modelcraft.agent.job.JobStatus;
import io.modelcraft.agent.job.messaging.JobEvents;
import io.modelcraft.contracts.CheckResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Ends jobs: success with the final code, failure or cancellation with a reason, each announced with the change. */
@ApplicationScoped
public class JobEnding {

    private final JobEvents events;
    private final TurnExecutor turns;

    public JobEnding(JobEvents events, TurnExecutor turns) {
        this.events = events;
        this.turns = turns;
    }

    void succeed(AuthoringJob job, String code) {
        job.finish(JobStatus.SUCCEEDED, code, null);
        events.finished(job);
        turns.forget(job.id);
    }

    /**
     * Ends the job if that iteration was its last: with the latest passing program if an earlier turn
     * (one asked to address warnings) had one, else as FAILED. Runs inside the caller's transaction.
     */
    boolean endIfOutOfIterations(AuthoringJob job, Iteration last) {
        if (last.number < job.maxIterations) {
            return false;
        }
        List<Iteration> passed = Iteration.ofJob(job.id).stream()
                .filter(it -> it.state == IterationState.CHECKED && events.read(it.checkJson).ok()).toList();
        if (!passed.isEmpty()) {
            Iteration latest = passed.get(passed.size() - 1);
            succeed(job, events.read(latest.checkJson).checkedCode(latest.code));
            return true;
        }
        CheckResult result = events.read(last.checkJson);
        String error = result == null || result.error() == null ? "no passing model"
                : result.error().type() + ": " + result.error().message();
        failNow(job, "no passing model after " + last.number + " iterations; last error: " + error);
        return true;
    }

    /** Fails a running job inside the caller's transaction. */
    void failNow(AuthoringJob job, String reason) {
        job.finish(JobStatus.FAILED, null, reason);
        events.finished(job);
        turns.forget(job.id);
    }

    public void fail(UUID jobId, String reason) {
        end(jobId, JobStatus.FAILED, reason);
    }

    /** Stops a running job; a turn or check still under way finds it ended and changes nothing. */
    public boolean cancel(UUID jobId, String reason) {
        return end(jobId, JobStatus.CANCELLED, reason);
    }

    private boolean end(UUID jobId, JobStatus outcome, String reason) {
        boolean ended = QuarkusTransaction.requiringNew().call(() -> {
            AuthoringJob job = AuthoringJob.locked(jobId);
            if (job == null || job.status != JobStatus.RUNNING) {
                return false;
            }
            job.finish(outcome, null, reason);
            events.finished(job);
            turns.forget(jobId);
            return true;
        });
        return ended;
    }
}
