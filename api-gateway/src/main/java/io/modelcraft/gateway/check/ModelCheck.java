package io.modelcraft.gateway.check;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.UUID;

/** A program sent for a check on its own, and its verdict once a worker has given it. */
@Entity
@Table(name = "model_check")
public class ModelCheck extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public UUID tenantId;
    public String code;
    /** The data files' names and sizes, as a JSON object; their contents went to the worker only. */
    @Column(name = "files_json")
    public String filesJson;
    public boolean diagnostics;
    /** The event id of the compile request: a verdict answering another request changes nothing. */
    @Column(name = "request_event_id")
    public String requestEventId;
    @Enumerated(EnumType.STRING)
    public CheckStatus status;
    @Column(name = "result_json")
    public String resultJson;
    @Column(name = "check_millis")
    public Long checkMillis;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "checked_at")
    public Instant checkedAt;

    /** The check {@code id} of {@code tenantId}; another tenant's is as absent as one that never was. */
    public static ModelCheck owned(UUID id, UUID tenantId) {
        ModelCheck check = findById(id);
        if (check == null || !check.tenantId.equals(tenantId)) {
            throw new NotFoundException("no check " + id);
        }
        return check;
    }
}
