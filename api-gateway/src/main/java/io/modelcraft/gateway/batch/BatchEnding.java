package io.modelcraft.gateway.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.JobStatus;
import io.modelcraft.gateway.json.JsonText;
import io.modelcraft.gateway.webhook.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;

/** When the last job of a batch ends, queues the batch's webhook with its results (once). */
@ApplicationScoped
public class BatchEnding {

    private final BatchOutcomes outcomes;
    private final ObjectMapper json;

    public BatchEnding(BatchOutcomes outcomes, ObjectMapper json) {
        this.outcomes = outcomes;
        this.json = json;
    }

    /**
     * Runs in the transaction that ended {@code job}; returns whether a webhook was queued. The batch is locked
     * before its jobs are counted: of two of its jobs ending at once (on two gateways), the second counts after the
     * first committed, and sees it ended.
     */
    public boolean jobEnded(Job job) {
        Batch batch = job.batchId == null ? null : Batch.findById(job.batchId, LockModeType.PESSIMISTIC_WRITE);
        if (batch == null || batch.webhookEndpointId == null
                || Job.count("batchId = ?1 and status in ?2", batch.id, List.of(JobStatus.QUEUED, JobStatus.RUNNING)) > 0
                || WebhookDelivery.count("batchId", batch.id) > 0) {
            return false;
        }
        BatchPayload payload = new BatchPayload("batch.finished", Instant.now(),
                new BatchPayload.Data(batch.id.toString(), batch.problemCount, BatchStats.of(outcomes.of(batch.id))));
        return WebhookDelivery.queueForBatch(batch.id, batch.webhookEndpointId, batch.webhookUrl, JsonText.write(json, payload));
    }

    /** The body of a batch's webhook (Standard Webhooks shape: type, timestamp, data). */
    record BatchPayload(String type, Instant timestamp, Data data) {
        record Data(String id, int problemCount, BatchStats stats) {
        }
    }
}
