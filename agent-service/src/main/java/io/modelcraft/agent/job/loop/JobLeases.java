package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.config.AgentConfig;
import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.agent.job.JobStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Which replica runs a job's turns. The turns waiting for a model live in one replica's memory, so a job is leased:
 * the replica that queues its turn takes the lease, renews it while it lives, and plans and records turns only while
 * it holds it. A running job whose lease ran out (its replica died, or lost the database for longer than the lease)
 * is taken over by another replica, and one that restarts takes over only such jobs, never a live replica's.
 */
@ApplicationScoped
public class JobLeases {

    private static final int SKIP_LOCKED = -2;
    private static final int ADOPT_AT_ONCE = 200;

    private final String owner = UUID.randomUUID().toString();
    private final AgentConfig config;

    public JobLeases(AgentConfig config) {
        this.config = config;
    }

    /** Takes the job's lease, inside the caller's transaction (which has the job locked). */
    void take(AuthoringJob job) {
        job.leaseOwner = owner;
        job.leaseUntil = Instant.now().plus(config.jobLease());
    }

    boolean holds(AuthoringJob job) {
        return owner.equals(job.leaseOwner);
    }

    /** Extends every lease this replica holds on a running job. */
    void renew() {
        AuthoringJob.update("leaseUntil = ?1 where leaseOwner = ?2 and status = ?3",
                Instant.now().plus(config.jobLease()), owner, JobStatus.RUNNING);
    }

    /** Takes over running jobs whose lease ran out, oldest first; another replica's sweep skips the rows this one holds. */
    List<UUID> adoptExpired() {
        List<AuthoringJob> expired = AuthoringJob.<AuthoringJob>find(
                        "status = ?1 and (leaseUntil is null or leaseUntil < ?2) order by createdAt", JobStatus.RUNNING, Instant.now())
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .page(0, ADOPT_AT_ONCE).list();
        expired.forEach(this::take);
        return expired.stream().map(job -> job.id).toList();
    }
}
