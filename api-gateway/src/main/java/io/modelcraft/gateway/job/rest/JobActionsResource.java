package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.problem.PathIds;
import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.JobCancellation;
import io.modelcraft.gateway.job.JobIteration;
import io.modelcraft.gateway.tenant.CurrentTenant;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** What a user can do to a job once submitted: cancel it, or refine a finished one. */
@Path("/api/v1/jobs/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class JobActionsResource {

    private final JobCancellation cancellation;
    private final JobFollowUps followUps;
    private final JobViews views;
    private final CurrentTenant tenant;

    public JobActionsResource(JobCancellation cancellation, JobFollowUps followUps, JobViews views, CurrentTenant tenant) {
        this.cancellation = cancellation;
        this.followUps = followUps;
        this.views = views;
        this.tenant = tenant;
    }

    @POST
    @Path("/cancel")
    @Operation(summary = "Cancel a job: it stops after its current step and makes no further LLM calls")
    @APIResponse(responseCode = "202", description = "Cancellation requested; the job ends CANCELLED shortly")
    @APIResponse(responseCode = "404", description = "No such job")
    @APIResponse(responseCode = "409", description = "The job already ended")
    public Response cancel(@PathParam("id") String id) {
        Job job = cancellation.cancel(PathIds.parse(id, "job"), tenant.id());
        return Response.accepted(views.of(job, JobIteration.ofJob(job.id))).build();
    }

    @POST
    @Path("/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refine a finished job: a new job continues its conversation with this change")
    @APIResponse(responseCode = "202", description = "The new job was accepted; poll its status URL")
    @APIResponse(responseCode = "400", description = "Invalid request (problem details say why)")
    @APIResponse(responseCode = "404", description = "No such job")
    @APIResponse(responseCode = "409", description = "The job has not ended yet")
    public Response followUp(@PathParam("id") String id, FollowUpRequest request, @Context UriInfo uri) {
        JobFollowUps.Refinement refined = followUps.refine(tenant.id(), id, request);
        Job child = refined.job();
        URI status = uri.getBaseUriBuilder().path("api/v1/jobs").path(child.id.toString()).build();
        return Response.accepted(SubmittedJob.of(child, status.toString(), refined.newSecret())).location(status).build();
    }
}
