package io.modelcraft.gateway.tenant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An API key of a tenant, stored as the SHA-256 of its text; the text itself is shown once, when issued. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public UUID tenantId;
    @Column(name = "key_hash")
    public String keyHash;
    /** The first characters of the key, to tell keys apart. */
    public String prefix;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;

    static Optional<ApiKey> byHash(String hash) {
        return find("keyHash", hash).firstResultOptional();
    }
}
