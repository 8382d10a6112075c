package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.problem.PathIds;
import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.JobIteration;
import io.modelcraft.gateway.job.JobStatus;
import io.modelcraft.gateway.job.NewJob;
import io.modelcraft.gateway.job.idempotency.IdempotentSubmit;
import io.modelcraft.gateway.job.idempotency.Submission;
import io.modelcraft.gateway.problem.ConflictException;
import io.modelcraft.gateway.tenant.CurrentTenant;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final IdempotentSubmit submissions;
    private final JobRequestValidator validator;
    private final JobViews views;
    private final JobListParams listParams;
    private final JobPages pages;
    private final JobWebhooks webhooks;
    private final CurrentTenant tenant;

    public JobResource(IdempotentSubmit submissions, JobRequestValidator validator, JobViews views,
                       JobListParams listParams, JobPages pages, JobWebhooks webhooks, CurrentTenant tenant) {
        this.submissions = submissions;
        this.validator = validator;
        this.views = views;
        this.listParams = listParams;
        this.pages = pages;
        this.webhooks = webhooks;
        this.tenant = tenant;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a modelling problem")
    @Parameter(name = IdempotencyKeyHeader.NAME, in = ParameterIn.HEADER, required = false,
            description = "1 to 200 printable ASCII characters. A retry with the same key and the same body answers"
                    + " with the job the first submit created (header Idempotent-Replayed: true) and creates nothing;"
                    + " the same key with a different body is refused with 409.",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = IdempotencyKeyHeader.MAX_CHARS))
    @APIResponse(responseCode = "202", description = "Accepted; poll the status URL")
    @APIResponse(responseCode = "400", description = "Invalid request or Idempotency-Key (problem details say why)")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used before with a different request")
    public Response submit(SubmitJobRequest request, @Context HttpHeaders headers, @Context UriInfo uri) {
        String key = IdempotencyKeyHeader.from(headers);
        UUID tenantId = tenant.id();
        NewJob validated = validator.validate(request);
        Optional<Submission> earlier = submissions.earlier(tenantId, validated, key);
        JobWebhooks.Attached job = earlier.isPresent() ? new JobWebhooks.Attached(validated, null)
                : webhooks.attach(tenantId, validated);
        Submission submission = earlier.orElseGet(() -> newJob(tenantId, job, key));
        Job accepted = submission.job();
        URI status = uri.getBaseUriBuilder().path("api/v1/jobs").path(accepted.id.toString()).build();
        Response.ResponseBuilder response = Response.accepted(
                SubmittedJob.of(accepted, status.toString(), job.newSecret())).location(status);
        return (submission.replayed() ? response.header(REPLAYED_HEADER, "true") : response).build();
    }

    /** Stores the job; its webhook endpoint, if registered just now, is taken back when a racing submit wins its key. */
    private Submission newJob(UUID tenantId, JobWebhooks.Attached job, String key) {
        try {
            return submissions.submit(tenantId, job.job(), key);
        } catch (ConflictException lostTheRace) {
            webhooks.undo(job);
            throw lostTheRace;
        }
    }

    @GET
    @Operation(summary = "Jobs, newest first, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of job summaries and the cursor of the next page, if any")
    @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor (problem details say why)")
    public JobPage list(
            @Parameter(description = "Only jobs in this status", schema = @Schema(implementation = JobStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only jobs created at or after this ISO-8601 instant, e.g. 2026-01-31T09:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("createdSince") String createdSince,
            @Parameter(description = "Only jobs of this batch") @QueryParam("batch") String batch,
            @Parameter(description = "Jobs per page, 1 to 100 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page, with the same status and createdSince")
            @QueryParam("cursor") String cursor) {
        return pages.page(listParams.parse(tenant.id(), status, createdSince, batch, limit, cursor));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A job's status with its full iteration history")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No such job")
    public JobView get(@PathParam("id") String id) {
        UUID jobId = PathIds.parse(id, "job");
        return views.of(Job.owned(jobId, tenant.id()), JobIteration.ofJob(jobId));
    }
}
