package io.modelcraft.gateway.tenant.rest;

import io.modelcraft.gateway.problem.InvalidRequestException;
import io.modelcraft.gateway.tenant.IssuedKey;
import io.modelcraft.gateway.tenant.Tenant;
import io.modelcraft.gateway.tenant.Tenants;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The operator's API: tenants and their keys. A key's text is in the answer that issued it, and nowhere else. */
@Path("/admin/v1")
@SecurityRequirement(name = "adminToken")
@Produces(MediaType.APPLICATION_JSON)
public class TenantAdminResource {

    private final Tenants tenants;

    public TenantAdminResource(Tenants tenants) {
        this.tenants = tenants;
    }

    @POST
    @Path("/tenants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a tenant with its first API key")
    @APIResponse(responseCode = "201", description = "The tenant, with the key's text shown this once")
    @APIResponse(responseCode = "409", description = "A tenant of that name exists")
    public Response create(NewTenantRequest request) {
        if (request == null) {
            throw new InvalidRequestException("send {\"name\": \"...\"}");
        }
        Tenants.Created created = tenants.create(request.name(), request.requestsPerSecond(), request.burst());
        return Response.created(URI.create("/admin/v1/tenants/" + created.tenant().id))
                .entity(TenantView.of(created.tenant(), created.key())).build();
    }

    @GET
    @Path("/tenants")
    @Operation(summary = "Tenants, optionally only the one of a name")
    public List<TenantView> list(@QueryParam("name") String name) {
        List<Tenant> found = name == null ? Tenant.list("order by createdAt") : Tenant.list("name", name);
        return found.stream().map(t -> TenantView.of(t, null)).toList();
    }

    @POST
    @Path("/tenants/{id}/api-keys")
    @Operation(summary = "Issue another API key for a tenant")
    @APIResponse(responseCode = "201", description = "The key, its text shown this once")
    @APIResponse(responseCode = "404", description = "No such tenant")
    public Response issue(@PathParam("id") String id) {
        IssuedKey key = tenants.issueKey(uuid(id, "tenant"));
        return Response.created(URI.create("/admin/v1/api-keys/" + key.id())).entity(key).build();
    }

    @DELETE
    @Path("/api-keys/{id}")
    @Operation(summary = "Revoke an API key: requests with it are refused from now on")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such key")
    public void revoke(@PathParam("id") String id) {
        tenants.revokeKey(uuid(id, "API key"));
    }

    private static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no " + what + " " + id);
        }
    }
}
