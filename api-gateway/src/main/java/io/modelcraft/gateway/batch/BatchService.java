package io.modelcraft.gateway.batch;

import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.JobService;
import io.modelcraft.gateway.job.NewJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Creates a batch with all its jobs and their outbox rows in one transaction: all of it is accepted, or none. */
@ApplicationScoped
public class BatchService {

    private final JobService jobs;

    public BatchService(JobService jobs) {
        this.jobs = jobs;
    }

    public Batch submit(UUID tenantId, List<BatchProblem> problems, BatchOptions shared, UUID parentBatchId) {
        NewJob options = shared.jobs();
        Batch batch = QuarkusTransaction.requiringNew().call(() -> {
            Batch created = new Batch();
            created.id = UUID.randomUUID();
            created.tenantId = tenantId;
            created.parentBatchId = parentBatchId;
            created.provider = options.provider();
            created.model = options.model();
            created.maxIterations = options.maxIterations();
            created.retryOnWarnings = options.retryOnWarnings();
            created.diagnostics = options.diagnostics();
            created.webhookUrl = shared.webhookUrl();
            created.webhookEndpointId = shared.webhookEndpointId();
            created.jobWebhookUrl = options.webhookUrl();
            created.jobWebhookEndpointId = options.webhookEndpointId();
            created.problemCount = problems.size();
            created.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            created.persist();
            for (BatchProblem problem : problems) {
                jobs.create(tenantId, new NewJob(problem.problem(), options.webhookUrl(), options.maxIterations(),
                        options.provider(), options.model(), options.retryOnWarnings(), options.diagnostics(),
                        null, null, options.webhookEndpointId()), null, null, created.id, problem.key());
            }
            return created;
        });
        return batch;
    }

    /** The problems of a batch, in their keys' order, to submit them again. */
    public static List<BatchProblem> problemsOf(UUID batchId) {
        return Job.<Job>list("batchId = ?1 order by createdAt, id", batchId).stream()
                .map(job -> new BatchProblem(job.problemKey, job.problem)).toList();
    }
}
