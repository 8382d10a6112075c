package io.modelcraft.gateway.webhook;

import io.modelcraft.gateway.job.Job;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** One webhook to send; its id is the {@code webhook-id} header and stays the same across retries. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    public String id;
    @Column(name = "job_id")
    public UUID jobId;
    @Column(name = "batch_id")
    public UUID batchId;
    @Column(name = "endpoint_id")
    public UUID endpointId;
    public String url;
    public String payload;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "last_status_code")
    public Integer lastStatusCode;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /**
     * Queues the webhook of a job that ended, in the caller's transaction; to an endpoint disabled by now it is
     * logged as not sent. Returns whether it waits to be sent.
     */
    public static boolean queueForJob(Job job, String payload) {
        return queue(to(job.webhookEndpointId, job.webhookUrl, payload), d -> d.jobId = job.id);
    }

    public static boolean queueForBatch(UUID batchId, UUID endpointId, String url, String payload) {
        return queue(to(endpointId, url, payload), d -> d.batchId = batchId);
    }

    private static boolean queue(WebhookDelivery delivery, Consumer<WebhookDelivery> owner) {
        owner.accept(delivery);
        WebhookEndpoint endpoint = WebhookEndpoint.findById(delivery.endpointId);
        if (endpoint.disabled()) {
            delivery.status = Status.FAILED;
            delivery.lastError = "not sent: the endpoint is disabled (" + endpoint.disabledReason + ")";
        }
        delivery.persist();
        return delivery.status == Status.PENDING;
    }

    private static WebhookDelivery to(UUID endpointId, String url, String payload) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.endpointId = endpointId;
        delivery.id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        delivery.url = url;
        delivery.payload = payload;
        delivery.status = Status.PENDING;
        delivery.createdAt = Instant.now();
        delivery.nextAttemptAt = delivery.createdAt;
        return delivery;
    }

    static List<WebhookDelivery> due(int limit) {
        return find("status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt", Status.PENDING, Instant.now())
                .page(0, limit).list();
    }
}
