package io.modelcraft.gateway.check.rest;

import io.modelcraft.gateway.check.CheckRequest;
import io.modelcraft.gateway.check.CheckRunner;
import io.modelcraft.gateway.check.CheckStatus;
import io.modelcraft.gateway.check.CheckView;
import io.modelcraft.gateway.problem.InvalidRequestException;
import io.modelcraft.gateway.problem.PathIds;
import io.modelcraft.gateway.tenant.CurrentTenant;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The checker as a service: a program checked by the workers exactly as a job's iterations are, with no LLM. */
@Path("/api/v1/checks")
@Produces(MediaType.APPLICATION_JSON)
public class CheckResource {

    private final CheckRunner checks;
    private final CurrentTenant tenant;

    public CheckResource(CheckRunner checks, CurrentTenant tenant) {
        this.checks = checks;
        this.tenant = tenant;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a PyMC program (no LLM): the verdict a job's iteration would get")
    @APIResponse(responseCode = "200", description = "Checked: \"ok\" says whether the program passed, \"check\" is the verdict")
    @APIResponse(responseCode = "202", description = "Not checked within the wait; read the check at its Location")
    @APIResponse(responseCode = "400", description = "Invalid program, data files or wait (problem details say why)")
    @APIResponse(responseCode = "429", description = "Over the tenant's rate of checks; Retry-After says when to retry")
    public Response check(CheckRequest request,
                          @Parameter(description = "Seconds to wait for the verdict (0 to the configured bound, its default)")
                          @QueryParam("wait") String waitSeconds,
                          @Context UriInfo uri) throws InterruptedException {
        CheckView check = checks.run(tenant.id(), request, seconds(waitSeconds), statusUrl(uri));
        Response.ResponseBuilder response = check.status() == CheckStatus.CHECKED ? Response.ok(check)
                : Response.accepted(check);
        return response.location(URI.create(check.statusUrl())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A check and, once checked, its verdict")
    @APIResponse(responseCode = "404", description = "No such check for this tenant")
    public CheckView get(@PathParam("id") String id, @Context UriInfo uri) {
        return checks.view(PathIds.parse(id, "check"), tenant.id(), statusUrl(uri));
    }

    /** The wait as given, checked for its range by the runner; JAX-RS would answer text in an Integer with 404. */
    private static Integer seconds(String wait) {
        if (wait == null) {
            return null;
        }
        try {
            return Integer.valueOf(wait.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("\"wait\" must be a whole number of seconds, not " + wait);
        }
    }

    private static Function<UUID, String> statusUrl(UriInfo uri) {
        return id -> uri.getBaseUriBuilder().path("api/v1/checks").path(id.toString()).build().toString();
    }
}
