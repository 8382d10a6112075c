package io.modelcraft.gateway.batch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Many problems submitted together with shared options; its jobs carry its id and each problem's key. */
@Entity
@Table(name = "batch")
public class Batch extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "parent_batch_id")
    public UUID parentBatchId;
    public String provider;
    public String model;
    @Column(name = "max_iterations")
    public Integer maxIterations;
    @Column(name = "retry_on_warnings")
    public Boolean retryOnWarnings;
    @Column(name = "webhook_url")
    public String webhookUrl;
    @Column(name = "problem_count")
    public int problemCount;
    @Column(name = "created_at")
    public Instant createdAt;
}
