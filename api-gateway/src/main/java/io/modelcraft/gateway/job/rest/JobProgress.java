package io.modelcraft.gateway.job.rest;

import io.modelcraft.contracts.CheckResult;
import io.modelcraft.contracts.JobEvent;
import io.modelcraft.gateway.job.JobStatus;
import java.time.Instant;

/** One server-sent event of a job's progress: its status, what it does now, and its latest iteration's verdict. */
public record JobProgress(String jobId, JobStatus status, JobEvent.Phase phase, Instant phaseSince, int iterations, Integer latestIteration, Boolean latestOk,
                          String latestStage, String latestError, String finalCode, String failureReason,
                          Instant updatedAt) {

    static JobProgress of(JobView job) {
        IterationView latest = job.iterations().isEmpty() ? null : job.iterations().get(job.iterations().size() - 1);
        CheckResult check = latest == null ? null : latest.check();
        String error = check == null || check.error() == null ? null : check.error().type() + ": " + check.error().message();
        return new JobProgress(job.id().toString(), job.status(), job.phase(), job.phaseSince(), job.iterations().size(),
                latest == null ? null : latest.number(), check == null ? null : check.ok(),
                check == null ? null : check.stage(), error, job.finalCode(), job.failureReason(), job.updatedAt());
    }

    /** Whether a listener would see anything new compared with {@code before}. */
    boolean differsFrom(JobProgress before) {
        return before == null || status != before.status || phase != before.phase || iterations != before.iterations;
    }
}
