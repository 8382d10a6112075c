package io.modelcraft.gateway.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A URL of one tenant that receives webhooks, with its own signing secret; a 410 Gone disables it. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public UUID tenantId;
    public String url;
    /** {@code whsec_} + base64, per the Standard Webhooks specification. */
    public String secret;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "disabled_at")
    public Instant disabledAt;
    @Column(name = "disabled_reason")
    public String disabledReason;

    public boolean disabled() {
        return disabledAt != null;
    }

    static Optional<WebhookEndpoint> byUrl(UUID tenantId, String url) {
        return find("tenantId = ?1 and url = ?2", tenantId, url).firstResultOptional();
    }

    static WebhookEndpoint owned(UUID id, UUID tenantId) {
        WebhookEndpoint endpoint = findById(id);
        if (endpoint == null || !endpoint.tenantId.equals(tenantId)) {
            throw new NotFoundException("no webhook endpoint " + id);
        }
        return endpoint;
    }
}
