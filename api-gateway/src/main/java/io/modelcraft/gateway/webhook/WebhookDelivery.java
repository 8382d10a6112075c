package io.modelcraft.gateway.webhook;

import io.modelcraft.gateway.job.Job;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.Session;

/** One webhook to send; its id is the {@code webhook-id} header and stays the same across retries. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    /** Hibernate's lock timeout for "skip the rows another transaction locked" ({@code LockOptions.SKIP_LOCKED}). */
    private static final int SKIP_LOCKED = -2;

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

    /** Inserts unless the job or batch has its delivery already (queued by a duplicate of its ending). */
    private static boolean queue(WebhookDelivery delivery, Consumer<WebhookDelivery> owner) {
        owner.accept(delivery);
        WebhookEndpoint endpoint = WebhookEndpoint.findById(delivery.endpointId);
        if (endpoint.disabled()) {
            delivery.status = Status.FAILED;
            delivery.lastError = "not sent: the endpoint is disabled (" + endpoint.disabledReason + ")";
        }
        int inserted = getEntityManager().unwrap(Session.class).createNativeMutationQuery(
                        "insert into gateway.webhook_delivery (id, job_id, batch_id, endpoint_id, url, payload, status, attempts,"
                                + " next_attempt_at, last_error, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8, ?9, ?10)"
                                + " on conflict do nothing")
                .setParameter(1, delivery.id)
                .setParameter(2, delivery.jobId, UUID.class)
                .setParameter(3, delivery.batchId, UUID.class)
                .setParameter(4, delivery.endpointId)
                .setParameter(5, delivery.url)
                .setParameter(6, delivery.payload)
                .setParameter(7, delivery.status.name())
                .setParameter(8, delivery.nextAttemptAt)
                .setParameter(9, delivery.lastError, String.class)
                .setParameter(10, delivery.createdAt)
                .executeUpdate();
        return inserted == 1 && delivery.status == Status.PENDING;
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

    /**
     * Claims, in the caller's transaction, the delivery due first that no other gateway is claiming, and moves its
     * next attempt {@code lease} ahead: no sweep takes it again until then, while this one sends it.
     */
    static Optional<WebhookDelivery> claimNext(Duration lease) {
        Instant now = Instant.now();
        Optional<WebhookDelivery> due = WebhookDelivery.<WebhookDelivery>find(
                        "status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt", Status.PENDING, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .firstResultOptional();
        due.ifPresent(delivery -> delivery.nextAttemptAt = now.plus(lease));
        return due;
    }

    /** The delivery, locked until the caller's transaction ends, so that two attempts cannot both be number n. */
    static WebhookDelivery locked(String id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
