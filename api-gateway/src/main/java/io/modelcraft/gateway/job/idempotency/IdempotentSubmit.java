package io.modelcraft.gateway.job.idempotency;

import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.JobService;
import io.modelcraft.gateway.job.NewJob;
import io.modelcraft.gateway.problem.ConflictException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Submits honouring an {@code Idempotency-Key}: a key seen before answers with its job if the request is
 * the same, and is refused if it differs ({@link #earlier}, asked first). Two submits racing with one key both miss the look-up; the
 * unique constraint lets one insert win, and the other answers from the winner's row.
 */
@ApplicationScoped
public class IdempotentSubmit {

    static final String KEY_CONSTRAINT = "job_idempotency_key";

    private final JobService jobs;

    public IdempotentSubmit(JobService jobs) {
        this.jobs = jobs;
    }

    /**
     * The job an earlier submit with this key created, when the request is the same; a different request is refused
     * (409). Asked before anything of the new request is stored, so a refused submit leaves nothing behind.
     */
    public Optional<Submission> earlier(UUID tenantId, NewJob request, String key) {
        return key == null ? Optional.empty()
                : byKey(tenantId, key).map(job -> replay(job, RequestFingerprint.of(request)));
    }

    /**
     * Stores {@code request} as a new job, once {@link #earlier} found none for its key ({@code key} may be null: no
     * idempotency asked for); a submit with the same key that stored its job meanwhile wins, and this one answers from it.
     */
    public Submission submit(UUID tenantId, NewJob request, String key) {
        if (key == null) {
            return new Submission(jobs.submit(tenantId, request, null, null), false);
        }
        String hash = RequestFingerprint.of(request);
        try {
            return new Submission(jobs.submit(tenantId, request, key, hash), false);
        } catch (RuntimeException e) {
            if (!UniqueViolation.of(e, KEY_CONSTRAINT)) {
                throw e;
            }
            return replay(byKey(tenantId, key).orElseThrow(() -> e), hash);
        }
    }

    private static Optional<Job> byKey(UUID tenantId, String key) {
        return QuarkusTransaction.requiringNew().call(() -> Job.byIdempotencyKey(tenantId, key));
    }

    private static Submission replay(Job earlier, String hash) {
        if (!earlier.requestHash.equals(hash)) {
            // No job id in the detail: whoever guesses a key must not learn another caller's job.
            throw new ConflictException("this Idempotency-Key was already used with a different request;"
                    + " send a new key for a new request");
        }
        return new Submission(earlier, true);
    }
}
