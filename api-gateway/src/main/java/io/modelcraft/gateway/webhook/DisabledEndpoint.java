package io.modelcraft.gateway.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A webhook URL that answered 410 Gone: no job may use it, nothing is sent to it. */
@Entity
@Table(name = "webhook_endpoint_disabled")
public class DisabledEndpoint extends PanacheEntityBase {

    @Id
    public String url;
    @Column(name = "disabled_at")
    public Instant disabledAt;
    public String reason;

    public static boolean isDisabled(String url) {
        return findById(url) != null;
    }
}
