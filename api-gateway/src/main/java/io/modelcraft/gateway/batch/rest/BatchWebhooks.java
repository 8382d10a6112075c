package io.modelcraft.gateway.batch.rest;

import io.modelcraft.gateway.batch.BatchOptions;
import io.modelcraft.gateway.job.NewJob;
import io.modelcraft.gateway.job.rest.JobRequestValidator;
import io.modelcraft.gateway.job.rest.SubmitJobRequest;
import io.modelcraft.gateway.webhook.EndpointUse;
import io.modelcraft.gateway.webhook.WebhookEndpoints;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Validates a batch's shared options and points its two webhooks (the batch's, each job's) at endpoints. */
@ApplicationScoped
public class BatchWebhooks {

    private final JobRequestValidator validator;
    private final WebhookEndpoints endpoints;

    public BatchWebhooks(JobRequestValidator validator, WebhookEndpoints endpoints) {
        this.validator = validator;
        this.endpoints = endpoints;
    }

    /** A URL given as an {@link Endpoint} is taken as registered already (a regeneration keeps the old one). */
    public Shared options(UUID tenantId, SubmitJobRequest jobOptions, Endpoint batchHook, Endpoint jobHook) {
        NewJob jobs = validator.validate(jobOptions);
        Map<String, String> newSecrets = new LinkedHashMap<>();
        UUID jobEndpoint = resolve(tenantId, "jobWebhookUrl", jobHook, newSecrets);
        UUID batchEndpoint = resolve(tenantId, "webhookUrl", batchHook, newSecrets);
        return new Shared(new BatchOptions(jobs.withWebhook(jobHook.url(), jobEndpoint), batchHook.url(), batchEndpoint),
                newSecrets);
    }

    private UUID resolve(UUID tenantId, String field, Endpoint hook, Map<String, String> newSecrets) {
        if (hook.url() == null || hook.id() != null) {
            return hook.id();
        }
        validator.checkWebhookUrl(field, hook.url());
        EndpointUse use = endpoints.use(tenantId, hook.url());
        if (use.newSecret() != null) {
            newSecrets.put(hook.url(), use.newSecret());
        }
        return use.endpointId();
    }

    /** A webhook URL, with its endpoint when known. */
    public record Endpoint(String url, UUID id) {
        static Endpoint of(String url) {
            return new Endpoint(url, null);
        }
    }

    /** The batch's options; {@code newSecrets} by URL for the endpoints registered just now. */
    public record Shared(BatchOptions options, Map<String, String> newSecrets) {
    }
}
