package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.problem.PathIds;
import io.modelcraft.gateway.job.IterationPlot;
import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.JobIteration;
import io.modelcraft.gateway.tenant.CurrentTenant;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The plots of an iteration's diagnostics, named by URL in its check's {@code posterior.plots}. */
@Path("/api/v1/jobs/{id}/iterations/{n}/plots")
public class IterationPlotResource {

    private static final String PNG = "image/png";

    private final CurrentTenant tenant;

    public IterationPlotResource(CurrentTenant tenant) {
        this.tenant = tenant;
    }

    @GET
    @Path("/{name}.png")
    @Produces(PNG)
    @Operation(summary = "A plot of an iteration's diagnostics (posterior, posterior predictive check) as PNG")
    @APIResponse(responseCode = "200", description = "The PNG; a stored plot never changes",
            content = @Content(mediaType = PNG))
    @APIResponse(responseCode = "404", description = "No such job, iteration or plot")
    public Response plot(@PathParam("id") String id, @PathParam("n") String n, @PathParam("name") String name) {
        UUID jobId = PathIds.parse(id, "job");
        Job.owned(jobId, tenant.id());
        int iteration = iteration(jobId, n);
        IterationPlot plot = IterationPlot.of(jobId, iteration, name).orElseThrow(() -> new NotFoundException(
                "iteration " + iteration + " of job " + jobId + " has no plot \"" + name + "\""));
        return Response.ok(plot.png, PNG).header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400").build();
    }

    private static int iteration(UUID jobId, String n) {
        try {
            int number = Integer.parseInt(n);
            if (JobIteration.count("jobId = ?1 and number = ?2", jobId, number) > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // not a number: no such iteration either
        }
        throw new NotFoundException("job " + jobId + " has no iteration " + n);
    }
}
