package io.modelcraft.gateway.job;

import io.modelcraft.contracts.JobEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/** A submitted modelling problem and where it stands. */
@Entity
// Updates write only the changed columns: the large texts (problem, messages, code) are written once.
@DynamicUpdate
@Table(name = "job")
public class Job extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public UUID tenantId;
    public String problem;
    @Column(name = "max_iterations")
    public Integer maxIterations;
    public String provider;
    public String model;
    @Column(name = "retry_on_warnings")
    public Boolean retryOnWarnings;
    public Boolean diagnostics;
    /** The finished job this one refines, with {@link #followUp} the change asked for. */
    @Column(name = "parent_job_id")
    public UUID parentJobId;
    @Column(name = "follow_up")
    public String followUp;
    /** Set when the agent starts the job. */
    @Column(name = "prompt_version")
    public String promptVersion;
    @Column(name = "prompt_hash")
    public String promptHash;
    @Column(name = "batch_id")
    public UUID batchId;
    @Column(name = "problem_key")
    public String problemKey;
    @Column(name = "cancel_requested_at")
    public Instant cancelRequestedAt;
    @Column(name = "webhook_url")
    public String webhookUrl;
    @Column(name = "webhook_endpoint_id")
    public UUID webhookEndpointId;
    @Enumerated(EnumType.STRING)
    public JobStatus status;
    /** What a running job does now, as the agent last said; null before it starts and once it ended. */
    @Enumerated(EnumType.STRING)
    public JobEvent.Phase phase;
    @Column(name = "phase_since")
    public Instant phaseSince;
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
    /** The submit's {@code Idempotency-Key}, unique among the tenant's jobs; null when none was sent. */
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    /** SHA-256 of the canonical request submitted with {@link #idempotencyKey}. */
    @Column(name = "request_hash")
    public String requestHash;

    public static Optional<Job> byIdempotencyKey(UUID tenantId, String key) {
        return find("tenantId = ?1 and idempotencyKey = ?2", tenantId, key).firstResultOptional();
    }

    /** The job {@code id} of {@code tenantId}; another tenant's job is as absent as a job that never was. */
    public static Job owned(UUID id, UUID tenantId) {
        Job job = findById(id);
        if (job == null || !job.tenantId.equals(tenantId)) {
            throw new NotFoundException("no job " + id);
        }
        return job;
    }
}
