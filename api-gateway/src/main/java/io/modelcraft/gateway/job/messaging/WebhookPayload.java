package io.modelcraft.gateway.job.messaging;

import io.modelcraft.gateway.job.Job;
import java.time.Instant;

/** The body of the webhook sent when a job ends (Standard Webhooks shape: type, timestamp, data). */
record WebhookPayload(String type, Instant timestamp, Data data) {

    record Data(String id, String status, String finalCode, String failureReason) {
    }

    static WebhookPayload of(Job job) {
        return new WebhookPayload("job." + job.status.name().toLowerCase(), job.finishedAt,
                new Data(job.id.toString(), job.status.name(), job.finalCode, job.failureReason));
    }
}
