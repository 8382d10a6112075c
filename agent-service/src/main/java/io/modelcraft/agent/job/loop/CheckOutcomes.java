package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.agent.job.Iteration;
import io.modelcraft.agent.job.IterationState;
import io.modelcraft.agent.job.JobStatus;
import io.modelcraft.agent.job.messaging.JobEvents;
import io.modelcraft.agent.outbox.OutboxRelay;
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
    private final OutboxRelay relay;
    private final AuthoringLoop loop;

    public CheckOutcomes(JobEvents events, JobEnding ending, OutboxRelay relay, AuthoringLoop loop) {
        this.events = events;
        this.ending = ending;
        this.relay = relay;
        this.loop = loop;
    }

    public void apply(CompileCompleted completed) {
        UUID jobId = UUID.fromString(completed.jobId());
        boolean another = QuarkusTransaction.requiringNew().call(() -> record(jobId, completed));
        relay.wake();
        if (another) {
            loop.schedule(jobId);
        }
    }

    private boolean record(UUID jobId, CompileCompleted completed) {
        Iteration iteration = Iteration.find(jobId, completed.iteration()).orElse(null);
        if (iteration == null || iteration.state != IterationState.AWAITING_CHECK
                || !iteration.checkRequestId.equals(completed.requestEventId())) {
            return false;
        }
        AuthoringJob job = AuthoringJob.findById(jobId);
        iteration.state = IterationState.CHECKED;
        iteration.checkJson = events.toJson(completed.result());
        iteration.checkMillis = completed.checkMillis();
        iteration.checkedAt = Instant.now();
        events.iterationRecorded(job, iteration);
        if (job.status != JobStatus.RUNNING) {
            return false;
        }
        if (completed.result().ok()) {
            ending.succeed(job, iteration.code);
            return false;
        }
        return !ending.failIfOutOfIterations(job, iteration);
    }
}
