package io.modelcraft.gateway.batch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.UUID;

/** Many problems submitted together with shared options; its jobs carry its id and each problem's key. */
@Entity
@Table(name = "batch")
public class Batch extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public UUID tenantId;
    @Column(name = "parent_batch_id")
    public UUID parentBatchId;
    public String provider;
    public String model;
    @Column(name = "max_iterations")
    public Integer maxIterations;
    @Column(name = "retry_on_warnings")
    public Boolean retryOnWarnings;
    public Boolean diagnostics;
    @Column(name = "webhook_url")
    public String webhookUrl;
    @Column(name = "webhook_endpoint_id")
    public UUID webhookEndpointId;
    /** The webhook each job of the batch sends when it ends. */
    @Column(name = "job_webhook_url")
    public String jobWebhookUrl;
    @Column(name = "job_webhook_endpoint_id")
    public UUID jobWebhookEndpointId;
    @Column(name = "problem_count")
    public int problemCount;
    @Column(name = "created_at")
    public Instant createdAt;

    /** The batch {@code id} (any text) of {@code tenantId}; another tenant's batch is as absent as none. */
    public static Batch owned(String id, UUID tenantId) {
        try {
            Batch batch = findById(UUID.fromString(id));
            if (batch != null && batch.tenantId.equals(tenantId)) {
                return batch;
            }
        } catch (IllegalArgumentException notAUuid) {
            // falls through to 404
        }
        throw new NotFoundException("no batch " + id);
    }
}
