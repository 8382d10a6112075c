package io.modelcraft.gateway.job.rest;

import io.modelcraft.contracts.CheckResult;
import io.modelcraft.contracts.JobEvent;
import io.modelcraft.contracts.ReplyDraft;
import io.modelcraft.gateway.job.JobStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One server-sent event of a job's progress: its status, what it does now, its latest iteration's verdict, and
 * while the model writes the next iteration, what it has written so far ({@code draft}).
 */
public record JobProgress(String jobId, JobStatus status, JobEvent.Phase phase, Instant phaseSince, int iterations, Integer latestIteration, Boolean latestOk,
                          String latestStage, String latestError, String finalCode, String failureReason,
                          Instant updatedAt, Draft draft) {

    /** The reply being written for iteration {@code iteration}; {@code call} counts the turn's model calls. */
    public record Draft(int iteration, int call, String text) {
        static Draft of(ReplyDraft draft) {
            return new Draft(draft.iteration(), draft.call(), draft.text());
        }
    }

    static JobProgress of(JobView job, ReplyDraft draft) {
        IterationView latest = job.iterations().isEmpty() ? null : job.iterations().get(job.iterations().size() - 1);
        CheckResult check = latest == null ? null : latest.check();
        String error = check == null || check.error() == null ? null : check.error().type() + ": " + check.error().message();
        return new JobProgress(job.id().toString(), job.status(), job.phase(), job.phaseSince(), job.iterations().size(),
                latest == null ? null : latest.number(), check == null ? null : check.ok(),
                check == null ? null : check.stage(), error, job.finalCode(), job.failureReason(), job.updatedAt(),
                draft == null || job.status().isFinal() ? null : Draft.of(draft));
    }

    /** Whether a listener would see anything new compared with {@code before}. */
    boolean differsFrom(JobProgress before) {
        return before == null || status != before.status || phase != before.phase || iterations != before.iterations
                || !Objects.equals(draft, before.draft);
    }
}
