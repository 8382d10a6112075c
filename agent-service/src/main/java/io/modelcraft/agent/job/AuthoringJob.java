package io.modelcraft.agent.job;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/** The agent's own record of a job it is authoring a model for. */
@Entity
// Updates write only the changed columns: the large texts (problem, messages, code) are written once.
@DynamicUpdate
@Table(name = "authoring_job")
public class AuthoringJob extends PanacheEntityBase {

    @Id
    public UUID id;
    public String problem;
    @Column(name = "max_iterations")
    public int maxIterations;
    public String provider;
    public String model;
    @Column(name = "retry_on_warnings")
    public boolean retryOnWarnings;
    /** Every passing check of the job also samples the model and reports its diagnostics. */
    public boolean diagnostics;
    @Column(name = "parent_job_id")
    public UUID parentJobId;
    @Column(name = "follow_up")
    public String followUp;
    @Column(name = "deadline_at")
    public Instant deadlineAt;
    @Column(name = "prompt_version")
    public String promptVersion;
    @Column(name = "prompt_hash")
    public String promptHash;
    @Enumerated(EnumType.STRING)
    public JobStatus status;
    @Column(name = "final_code")
    public String finalCode;
    @Column(name = "failure_reason")
    public String failureReason;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The agent replica that runs the job's turns (JobLeases), and until when, unless it renews. */
    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    /** The job, locked until the transaction ends: whatever changes a job's state takes it this way, one at a time. */
    public static AuthoringJob locked(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Starts the job's deadline clock, if it has not started: when its first turn gets the model. */
    public static void startDeadline(UUID id, Instant deadline) {
        update("deadlineAt = ?1 where id = ?2 and deadlineAt is null", deadline, id);
    }

    public static List<AuthoringJob> runningPast(Instant now) {
        return list("status = ?1 and deadlineAt < ?2", JobStatus.RUNNING, now);
    }

    public void finish(JobStatus outcome, String code, String reason) {
        status = outcome;
        finalCode = code;
        failureReason = reason;
        finishedAt = Instant.now();
        updatedAt = finishedAt;
    }
}
