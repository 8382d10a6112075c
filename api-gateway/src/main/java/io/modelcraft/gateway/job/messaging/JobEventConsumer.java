package io.modelcraft.gateway.job.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.contracts.JobEvent;
import io.modelcraft.gateway.job.JobChanges;
import io.modelcraft.gateway.job.ProcessedEvent;
import io.modelcraft.gateway.webhook.WebhookDispatcher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.modelcraft.outbox.ConsumerRetry;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies the agent's job events to the gateway's jobs, once per event id. */
@ApplicationScoped
public class JobEventConsumer {

    private final ObjectMapper json;
    private final JobEventApplier applier;
    private final WebhookDispatcher webhooks;
    private final JobChanges changes;
    private final ConsumerRetry retry;

    public JobEventConsumer(ObjectMapper json, JobEventApplier applier, WebhookDispatcher webhooks, JobChanges changes,
                            ConsumerRetry retry) {
        this.json = json;
        this.applier = applier;
        this.webhooks = webhooks;
        this.changes = changes;
        this.retry = retry;
    }

    @Incoming("job-events")
    @Blocking
    public void consume(String payload) throws JsonProcessingException {
        JobEvent event = json.readValue(payload, JobEvent.class);
        if (event.schemaVersion() != JobEvent.SCHEMA_VERSION || event.eventId() == null || event.jobId() == null
                || event.type() == null) {
            throw new IllegalArgumentException("unsupported job event: schema version " + event.schemaVersion()
                    + ", type " + event.type());
        }
        boolean webhookQueued = retry.apply("event " + event.eventId() + " of job " + event.jobId(), () ->
                QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.firstTime(event.eventId()) && applier.apply(event)));
        changes.publish(java.util.UUID.fromString(event.jobId()));
        if (webhookQueued) {
            webhooks.wake();
        }
    }
}
