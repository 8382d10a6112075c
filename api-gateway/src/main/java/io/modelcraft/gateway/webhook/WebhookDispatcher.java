package io.modelcraft.gateway.webhook;

import io.modelcraft.gateway.config.GatewayConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends due webhooks, signed, and records each attempt. Only a 2xx counts; redirects are not followed;
 * a 410 disables the endpoint; other failures are retried with exponential backoff and jitter (never
 * sooner than a 429's or 503's Retry-After) until the retry window closes. Due times live in the
 * database, so retries survive restarts.
 *
 * <p>Every gateway sweeps. A sweep claims one due delivery at a time (a row lock that skips rows another gateway
 * holds) and moves its due time past the request timeout before sending it outside the transaction, so that two
 * gateways never send it at once; one that stops mid-send leaves it to be sent again, with the same webhook-id.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int MAX_SENDS_PER_SWEEP = 50;

    private final WebhookSender sender;
    private final RetrySchedule schedule;
    /** How long a claimed delivery is left to its claimer: its request, and a margin. */
    private final Duration claimLease;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "webhooks"));
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public WebhookDispatcher(GatewayConfig config, WebhookSender sender) {
        GatewayConfig.Webhook webhook = config.webhook();
        this.sender = sender;
        this.schedule = new RetrySchedule(webhook.firstRetryDelay(), webhook.maxRetryDelay(), webhook.retryWindow());
        this.claimLease = webhook.requestTimeout().plus(webhook.claimMargin());
    }

    public void wake() {
        if (scheduled.compareAndSet(false, true)) {
            runner.execute(() -> {
                scheduled.set(false);
                deliverDue();
            });
        }
    }

    @Scheduled(every = "${modelcraft.gateway.webhook.sweep-interval:1s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        wake();
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    void deliverDue() {
        try {
            for (int sent = 0; sent < MAX_SENDS_PER_SWEEP; sent++) {
                Optional<Due> due = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.claimNext(claimLease)
                        .map(d -> new Due(d, WebhookEndpoint.<WebhookEndpoint>findById(d.endpointId).secret)));
                if (due.isEmpty()) {
                    return;
                }
                attempt(due.get().delivery(), due.get().secret());
            }
        } catch (RuntimeException e) {
            LOG.warnf("webhook sweep failed: %s", e.getMessage());
        }
    }

    private void attempt(WebhookDelivery delivery, String secret) {
        Instant attemptedAt = Instant.now();
        long timestamp = attemptedAt.getEpochSecond();
        WebhookSender.Outcome outcome = sender.send(delivery.url, Map.of(
                "content-type", "application/json",
                "webhook-id", delivery.id,
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", new WebhookSigner(secret).sign(delivery.id, timestamp, delivery.payload)), delivery.payload);
        record(delivery.id, attemptedAt, outcome);
    }

    private void record(String id, Instant attemptedAt, WebhookSender.Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = WebhookDelivery.locked(id);
            delivery.attempts++;
            log(delivery, attemptedAt, outcome);
            if (delivery.status != WebhookDelivery.Status.PENDING) {
                return; // settled by another gateway that claimed it after this one's lease ran out
            }
            delivery.lastStatusCode = outcome.statusCode();
            delivery.lastError = outcome.error();
            if (outcome.delivered()) {
                delivery.status = WebhookDelivery.Status.DELIVERED;
                delivery.deliveredAt = Instant.now();
            } else if (outcome.statusCode() != null && outcome.statusCode() == 410) {
                delivery.status = WebhookDelivery.Status.FAILED;
                disable(delivery.endpointId);
            } else {
                Duration retryAfter = outcome.statusCode() != null && (outcome.statusCode() == 429 || outcome.statusCode() == 503)
                        ? outcome.retryAfter() : null;
                schedule.next(delivery.createdAt, delivery.attempts, retryAfter, Instant.now()).ifPresentOrElse(
                        next -> delivery.nextAttemptAt = next,
                        () -> {
                            delivery.status = WebhookDelivery.Status.FAILED;
                            LOG.warnf("webhook %s for job %s given up after %d attempts", id, delivery.jobId, delivery.attempts);
                        });
            }
        });
    }

    private static void log(WebhookDelivery delivery, Instant attemptedAt, WebhookSender.Outcome outcome) {
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = delivery.id;
        attempt.jobId = delivery.jobId;
        attempt.number = delivery.attempts;
        attempt.attemptedAt = attemptedAt;
        attempt.statusCode = outcome.statusCode();
        attempt.latencyMillis = outcome.latencyMillis();
        attempt.error = outcome.error();
        attempt.persist();
    }

    private static void disable(UUID endpointId) {
        WebhookEndpoint endpoint = WebhookEndpoint.findById(endpointId);
        if (!endpoint.disabled()) {
            endpoint.disabledAt = Instant.now();
            endpoint.disabledReason = "it answered 410 Gone";
        }
    }

    private record Due(WebhookDelivery delivery, String secret) {
    }
}
