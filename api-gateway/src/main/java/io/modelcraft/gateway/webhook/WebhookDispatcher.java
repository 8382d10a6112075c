package io.modelcraft.gateway.webhook;

import io.modelcraft.gateway.config.GatewayConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends due webhooks, signed, and records each attempt. Only a 2xx counts; redirects are not followed;
 * a failure is retried with exponential backoff and jitter until the attempts run out.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final GatewayConfig.Webhook config;
    private final WebhookSigner signer;
    private final HttpClient http;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "webhooks"));
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public WebhookDispatcher(GatewayConfig config) {
        this.config = config.webhook();
        this.signer = new WebhookSigner(this.config.secret());
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(this.config.requestTimeout()).build();
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
            List<WebhookDelivery> due = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.due(50));
            due.forEach(this::attempt);
        } catch (RuntimeException e) {
            LOG.warnf("webhook sweep failed: %s", e.getMessage());
        }
    }

    private void attempt(WebhookDelivery delivery) {
        long timestamp = Instant.now().getEpochSecond();
        Integer statusCode = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url)).timeout(config.requestTimeout())
                    .header("content-type", "application/json")
                    .header("webhook-id", delivery.id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signer.sign(delivery.id, timestamp, delivery.payload))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload)).build();
            statusCode = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        record(delivery.id, statusCode, error);
    }

    private void record(String id, Integer statusCode, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(id);
            delivery.attempts++;
            delivery.lastStatusCode = statusCode;
            delivery.lastError = error;
            if (statusCode != null && statusCode >= 200 && statusCode < 300) {
                delivery.status = WebhookDelivery.Status.DELIVERED;
                delivery.deliveredAt = Instant.now();
            } else if (delivery.attempts >= config.maxAttempts()) {
                delivery.status = WebhookDelivery.Status.FAILED;
                LOG.warnf("webhook %s for job %s failed for good after %d attempts", id, delivery.jobId, delivery.attempts);
            } else {
                long base = config.firstRetryDelay().toMillis() << Math.min(delivery.attempts - 1, 20);
                long jitter = ThreadLocalRandom.current().nextLong(base / 4 + 1);
                delivery.nextAttemptAt = Instant.now().plusMillis(base + jitter);
            }
        });
    }
}
