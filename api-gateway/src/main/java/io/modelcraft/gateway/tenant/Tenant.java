package io.modelcraft.gateway.tenant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A customer of the service: owns jobs, batches and webhook endpoints; reached through its API keys. */
@Entity
@Table(name = "tenant")
public class Tenant extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    /** The tenant's own rate limit; null means the configured default. */
    @Column(name = "requests_per_second")
    public Integer requestsPerSecond;
    @Column(name = "burst")
    public Integer burst;
    @Column(name = "created_at")
    public Instant createdAt;
}
