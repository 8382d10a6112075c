package io.modelcraft.gateway.batch.rest;

import io.modelcraft.gateway.batch.Batch;
import io.modelcraft.gateway.batch.BatchComparison;
import io.modelcraft.gateway.batch.BatchOutcomes;
import io.modelcraft.gateway.batch.BatchProblem;
import io.modelcraft.gateway.batch.BatchService;
import io.modelcraft.gateway.batch.BatchStats;
import io.modelcraft.gateway.job.rest.SubmitJobRequest;
import io.modelcraft.gateway.problem.InvalidRequestException;
import io.modelcraft.gateway.tenant.CurrentTenant;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Batches: many problems at once, their progress and results, regeneration with new options, comparison. */
@Path("/api/v1/batches")
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    static final String JSONL = "application/x-ndjson";

    private final BatchService batches;
    private final BatchItems items;
    private final BatchOutcomes outcomes;
    private final BatchWebhooks webhooks;
    private final CurrentTenant tenant;

    public BatchResource(BatchService batches, BatchItems items, BatchOutcomes outcomes, BatchWebhooks webhooks,
                         CurrentTenant tenant) {
        this.batches = batches;
        this.items = items;
        this.outcomes = outcomes;
        this.webhooks = webhooks;
        this.tenant = tenant;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a batch of problems with shared options")
    @APIResponse(responseCode = "202", description = "Accepted: every problem is a job of the batch")
    @APIResponse(responseCode = "400", description = "Invalid request; the detail names the problem at fault")
    public Response submit(BatchRequest request) {
        if (request == null) {
            throw new InvalidRequestException("the request body is empty; send {\"problems\": [...]}");
        }
        List<BatchProblem> problems = items.fromJson(request.problems());
        BatchWebhooks.Shared shared = webhooks.options(tenant.id(), jobOptions(request.maxIterations(), request.provider(),
                request.model(), request.retryOnWarnings(), request.diagnostics()),
                BatchWebhooks.Endpoint.of(request.webhookUrl()),
                BatchWebhooks.Endpoint.of(request.jobWebhookUrl()));
        return accepted(batches.submit(tenant.id(), problems, shared.options(), null), shared.newSecrets());
    }

    @POST
    @Consumes({JSONL, "application/jsonl"})
    @Operation(summary = "Upload a batch as JSONL: one {\"id\", \"problem\"} object per line, options as query parameters")
    @APIResponse(responseCode = "202", description = "Accepted: every line is a job of the batch")
    @APIResponse(responseCode = "400", description = "Invalid upload; the detail names the line at fault")
    public Response upload(String body, @QueryParam("maxIterations") Integer maxIterations,
                           @QueryParam("provider") String provider, @QueryParam("model") String model,
                           @QueryParam("retryOnWarnings") Boolean retryOnWarnings,
                           @QueryParam("diagnostics") Boolean diagnostics,
                           @QueryParam("webhookUrl") String webhookUrl,
                           @QueryParam("jobWebhookUrl") String jobWebhookUrl) {
        List<BatchProblem> problems = items.fromJsonl(body);
        BatchWebhooks.Shared shared = webhooks.options(tenant.id(), jobOptions(maxIterations, provider, model,
                retryOnWarnings, diagnostics), BatchWebhooks.Endpoint.of(webhookUrl),
                BatchWebhooks.Endpoint.of(jobWebhookUrl));
        return accepted(batches.submit(tenant.id(), problems, shared.options(), null), shared.newSecrets());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A batch's progress (jobs by status) and results (pass rates, iterations, tokens, times)")
    @APIResponse(responseCode = "200", description = "The batch")
    @APIResponse(responseCode = "404", description = "No such batch")
    public BatchView get(@PathParam("id") String id) {
        Batch batch = Batch.owned(id, tenant.id());
        return BatchView.of(batch, BatchStats.of(outcomes.of(batch.id)));
    }

    @POST
    @Path("/{id}/regenerate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run a batch's problems again with other options, as a new batch linked to it")
    @APIResponse(responseCode = "202", description = "The new batch was accepted")
    @APIResponse(responseCode = "400", description = "Invalid options")
    @APIResponse(responseCode = "404", description = "No such batch")
    public Response regenerate(@PathParam("id") String id, RegenerateRequest request) {
        Batch old = Batch.owned(id, tenant.id());
        RegenerateRequest changes = request == null
                ? new RegenerateRequest(null, null, null, null, null, null, null) : request;
        boolean choosesModel = changes.provider() != null || changes.model() != null;
        BatchWebhooks.Shared shared = webhooks.options(tenant.id(), jobOptions(
                        changes.maxIterations() != null ? changes.maxIterations() : old.maxIterations,
                        choosesModel ? changes.provider() : old.provider, choosesModel ? changes.model() : old.model,
                        changes.retryOnWarnings() != null ? changes.retryOnWarnings() : old.retryOnWarnings,
                        changes.diagnostics() != null ? changes.diagnostics() : old.diagnostics),
                changes.webhookUrl() != null ? BatchWebhooks.Endpoint.of(changes.webhookUrl())
                        : new BatchWebhooks.Endpoint(old.webhookUrl, old.webhookEndpointId),
                changes.jobWebhookUrl() != null ? BatchWebhooks.Endpoint.of(changes.jobWebhookUrl())
                        : new BatchWebhooks.Endpoint(old.jobWebhookUrl, old.jobWebhookEndpointId));
        List<BatchProblem> problems = BatchService.problemsOf(old.id);
        return accepted(batches.submit(tenant.id(), problems, shared.options(), old.id), shared.newSecrets());
    }

    @GET
    @Path("/compare")
    @Operation(summary = "Two batches side by side, overall and per problem (matched by problem id)")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "404", description = "No such batch")
    public BatchComparison compare(@QueryParam("before") String before, @QueryParam("now") String now) {
        if (before == null || now == null) {
            throw new InvalidRequestException("give both batches: ?before={id}&now={id}");
        }
        Batch earlier = Batch.owned(before, tenant.id());
        Batch later = Batch.owned(now, tenant.id());
        return BatchComparison.of(earlier.id.toString(), outcomes.of(earlier.id), later.id.toString(), outcomes.of(later.id));
    }

    private static SubmitJobRequest jobOptions(Integer maxIterations, String provider, String model,
                                               Boolean retryOnWarnings, Boolean diagnostics) {
        return new SubmitJobRequest("(batch options)", null, maxIterations, provider, model, retryOnWarnings,
                diagnostics);
    }

    private Response accepted(Batch batch, Map<String, String> newSecrets) {
        URI location = URI.create("/api/v1/batches/" + batch.id);
        return Response.accepted(BatchView.of(batch, BatchStats.of(outcomes.of(batch.id)), newSecrets))
                .location(location).build();
    }
}
