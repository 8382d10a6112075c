package io.modelcraft.gateway.webhook.rest;

import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.tenant.CurrentTenant;
import io.modelcraft.gateway.webhook.WebhookAttempt;
import io.modelcraft.gateway.webhook.WebhookDelivery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The delivery log of a job's webhook: every attempt, its time, status code, latency and error. */
@Path("/api/v1/jobs/{id}/webhook-deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookDeliveryResource {

    private final CurrentTenant tenant;

    public WebhookDeliveryResource(CurrentTenant tenant) {
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "The job's webhook deliveries with every attempt")
    @APIResponse(responseCode = "200", description = "The deliveries (none until the job ends with a webhook URL)")
    @APIResponse(responseCode = "404", description = "No such job")
    public List<DeliveryView> deliveries(@PathParam("id") String id) {
        UUID jobId;
        try {
            jobId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no job " + id);
        }
        Job.owned(jobId, tenant.id());
        return WebhookDelivery.<WebhookDelivery>list("jobId", jobId).stream().map(d -> new DeliveryView(d.id, d.url,
                d.status.name(), d.attempts, d.nextAttemptAt, d.deliveredAt, d.lastError,
                WebhookAttempt.ofDelivery(d.id).stream().map(a -> new AttemptView(a.number, a.attemptedAt,
                        a.statusCode, a.latencyMillis, a.error)).toList())).toList();
    }

    /** One webhook; {@code id} is its {@code webhook-id} header. */
    public record DeliveryView(String id, String url, String status, int attempts, Instant nextAttemptAt,
                               Instant deliveredAt, String lastError, List<AttemptView> log) {
    }

    public record AttemptView(int number, Instant attemptedAt, Integer statusCode, long latencyMillis, String error) {
    }
}
