package io.modelcraft.gateway.job.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.contracts.IterationRecord;
import io.modelcraft.contracts.JobEvent;
import io.modelcraft.contracts.JobSetup;
import io.modelcraft.gateway.batch.BatchEnding;
import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.JobCancellation;
import io.modelcraft.gateway.job.JobIteration;
import io.modelcraft.gateway.job.JobStatus;
import io.modelcraft.gateway.json.JsonText;
import io.modelcraft.gateway.webhook.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Changes a job as one event says, inside the caller's transaction; returns whether a webhook was queued. */
@ApplicationScoped
public class JobEventApplier {

    private static final Logger LOG = Logger.getLogger(JobEventApplier.class);

    private final ObjectMapper json;
    private final JobCancellation cancellation;
    private final BatchEnding batches;
    private final IterationPlots plots;

    public JobEventApplier(ObjectMapper json, JobCancellation cancellation, BatchEnding batches, IterationPlots plots) {
        this.json = json;
        this.cancellation = cancellation;
        this.batches = batches;
        this.plots = plots;
    }

    boolean apply(JobEvent event) {
        Job job = Job.findById(UUID.fromString(event.jobId()));
        if (job == null) {
            LOG.warnf("event %s names unknown job %s; ignored", event.eventId(), event.jobId());
            return false;
        }
        if (job.status.isFinal()) {
            applyLate(job, event);
            return false;
        }
        job.updatedAt = Instant.now();
        switch (event.type()) {
            case STARTED -> {
                job.status = JobStatus.RUNNING;
                started(job, event.setup());
            }
            case ITERATION_RECORDED -> {
                job.status = JobStatus.RUNNING;
                record(job.id, event.iteration());
            }
            case PHASE_CHANGED -> {
                job.status = JobStatus.RUNNING;
                if (job.phase != event.phase()) {
                    job.phase = event.phase();
                    job.phaseSince = event.occurredAt() == null ? job.updatedAt : event.occurredAt();
                }
            }
            case FINISHED -> {
                job.phase = null;
                job.phaseSince = null;
                job.status = JobStatus.valueOf(event.status());
                job.finalCode = event.finalCode();
                job.failureReason = event.failureReason();
                job.finishedAt = event.occurredAt() == null ? job.updatedAt : event.occurredAt();
                boolean batchWebhook = batches.jobEnded(job);
                if (job.webhookEndpointId != null) {
                    boolean pending = WebhookDelivery.queueForJob(job, JsonText.write(json, WebhookPayload.of(job)));
                    return batchWebhook || pending;
                }
                return batchWebhook;
            }
        }
        return false;
    }

    /**
     * An event that arrives after the job ended (the agent's replicas may send a job's events out of order) still
     * brings its iteration or the job's setup, but never reopens the job or queues its webhook again.
     */
    private void applyLate(Job job, JobEvent event) {
        switch (event.type()) {
            case STARTED -> {
                noteSetup(job, event.setup());
                job.updatedAt = Instant.now();
            }
            case ITERATION_RECORDED -> {
                record(job.id, event.iteration());
                job.updatedAt = Instant.now();
            }
            case PHASE_CHANGED, FINISHED -> {
                // an ended job has no phase, and it ends once
            }
        }
    }

    /** Notes what the job runs with; a cancel that may have overtaken the job's start is sent again. */
    private void started(Job job, JobSetup setup) {
        noteSetup(job, setup);
        if (job.cancelRequestedAt != null) {
            cancellation.announce(job);
        }
    }

    private static void noteSetup(Job job, JobSetup setup) {
        if (setup != null) {
            job.provider = setup.provider();
            job.model = setup.model();
            job.maxIterations = setup.maxIterations();
            job.retryOnWarnings = setup.retryOnWarnings();
            job.diagnostics = setup.diagnostics();
            job.promptVersion = setup.promptVersion();
            job.promptHash = setup.promptHash();
        }
    }

    private void record(UUID jobId, IterationRecord record) {
        if (record == null || JobIteration.count("jobId = ?1 and number = ?2", jobId, record.number()) > 0) {
            return;
        }
        JobIteration it = new JobIteration();
        it.jobId = jobId;
        it.number = record.number();
        it.asked = record.asked();
        it.messagesJson = record.messagesJson();
        it.response = record.response();
        it.code = record.code();
        it.checkJson = record.check() == null ? null
                : JsonText.write(json, plots.storeAndLink(jobId, record.number(), record.check()));
        it.llmMillis = record.llmMillis();
        it.checkMillis = record.checkMillis();
        it.inputTokens = record.inputTokens();
        it.outputTokens = record.outputTokens();
        it.recordedAt = Instant.now();
        it.persist();
    }

}
