package io.modelcraft.gateway.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One try at sending a webhook: when, what came back, how long it took. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "delivery_id")
    public String deliveryId;
    @Column(name = "job_id")
    public UUID jobId;
    public int number;
    @Column(name = "attempted_at")
    public Instant attemptedAt;
    @Column(name = "status_code")
    public Integer statusCode;
    @Column(name = "latency_millis")
    public long latencyMillis;
    public String error;

    public static List<WebhookAttempt> ofDelivery(String deliveryId) {
        return list("deliveryId = ?1 order by number", deliveryId);
    }
}
