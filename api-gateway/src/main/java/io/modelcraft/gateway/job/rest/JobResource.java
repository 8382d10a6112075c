package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.JobService;
import io.modelcraft.gateway.job.JobIteration;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private final JobService jobs;
    private final JobRequestValidator validator;
    private final JobViews views;

    public JobResource(JobService jobs, JobRequestValidator validator, JobViews views) {
        this.jobs = jobs;
        this.validator = validator;
        this.views = views;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a modelling problem")
    @APIResponse(responseCode = "202", description = "Accepted; poll the status URL")
    @APIResponse(responseCode = "400", description = "Invalid request (problem details say why)")
    public Response submit(SubmitJobRequest request, @Context UriInfo uri) {
        validator.validate(request);
        Job job = jobs.submit(request.problem().strip(), request.webhookUrl(), request.maxIterations(), request.model());
        URI status = uri.getBaseUriBuilder().path("api/v1/jobs").path(job.id.toString()).build();
        return Response.accepted(new SubmittedJob(job.id, job.status, status.toString())).location(status).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A job's status with its full iteration history")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No such job")
    public JobView get(@PathParam("id") String id) {
        UUID jobId = parseId(id);
        Job job = Job.findById(jobId);
        if (job == null) {
            throw new NotFoundException("no job " + id);
        }
        return views.of(job, JobIteration.ofJob(jobId));
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no job " + id);
        }
    }
}
