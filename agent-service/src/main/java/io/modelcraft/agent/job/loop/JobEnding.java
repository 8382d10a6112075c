package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.agent.job.Iteration;
import io.modelcraft.agent.job.JobStatus;
import io.modelcraft.agent.job.messaging.JobEvents;
import io.modelcraft.agent.outbox.OutboxRelay;
import io.modelcraft.contracts.CheckResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Ends jobs: success with the final code, or failure with a reason, each announced with the change. */
@ApplicationScoped
public class JobEnding {

    private final JobEvents events;
    private final OutboxRelay relay;

    public JobEnding(JobEvents events, OutboxRelay relay) {
        this.events = events;
        this.relay = relay;
    }

    void succeed(AuthoringJob job, String code) {
        job.finish(JobStatus.SUCCEEDED, code, null);
        events.finished(job);
    }

    /** Fails the job if that iteration was its last; must run inside the caller's transaction. */
    boolean failIfOutOfIterations(AuthoringJob job, Iteration last) {
        if (last.number < job.maxIterations) {
            return false;
        }
        CheckResult result = events.read(last.checkJson);
        String error = result == null || result.error() == null ? "no passing model"
                : result.error().type() + ": " + result.error().message();
        job.finish(JobStatus.FAILED, null,
                "no passing model after " + last.number + " iterations; last error: " + error);
        events.finished(job);
        return true;
    }

    public void fail(UUID jobId, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            AuthoringJob job = AuthoringJob.findById(jobId);
            if (job != null && job.status == JobStatus.RUNNING) {
                job.finish(JobStatus.FAILED, null, reason);
                events.finished(job);
            }
        });
        relay.wake();
    }
}
