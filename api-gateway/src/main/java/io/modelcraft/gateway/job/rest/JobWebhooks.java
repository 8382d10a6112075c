package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.job.NewJob;
import io.modelcraft.gateway.webhook.EndpointUse;
import io.modelcraft.gateway.webhook.WebhookEndpoints;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Points a new job's webhook at the tenant's endpoint for its URL, registering the URL if it is new. */
@ApplicationScoped
public class JobWebhooks {

    private final WebhookEndpoints endpoints;

    public JobWebhooks(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    public Attached attach(UUID tenantId, NewJob job) {
        if (job.webhookUrl() == null || job.webhookEndpointId() != null) {
            return new Attached(job, null);
        }
        EndpointUse use = endpoints.use(tenantId, job.webhookUrl());
        return new Attached(job.withWebhook(job.webhookUrl(), use.endpointId()), use.newSecret());
    }

    /** Takes back an endpoint {@code attach} registered, when the job was refused after all. */
    public void undo(Attached attached) {
        if (attached.newSecret() != null) {
            endpoints.forgetUnused(attached.job().webhookEndpointId());
        }
    }

    /** The job ready to store; {@code newSecret} when its webhook URL was registered just now. */
    public record Attached(NewJob job, String newSecret) {
    }
}
