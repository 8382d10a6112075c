package io.modelcraft.gateway.webhook.rest;

import io.modelcraft.gateway.job.rest.JobRequestValidator;
import io.modelcraft.gateway.problem.InvalidRequestException;
import io.modelcraft.gateway.tenant.CurrentTenant;
import io.modelcraft.gateway.webhook.WebhookEndpoint;
import io.modelcraft.gateway.webhook.WebhookEndpoints;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A tenant's webhook endpoints: each URL has its own signing secret, shown when created or rotated. */
@Path("/api/v1/webhook-endpoints")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookEndpointResource {

    private final WebhookEndpoints endpoints;
    private final JobRequestValidator validator;
    private final CurrentTenant tenant;

    public WebhookEndpointResource(WebhookEndpoints endpoints, JobRequestValidator validator, CurrentTenant tenant) {
        this.endpoints = endpoints;
        this.validator = validator;
        this.tenant = tenant;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook URL; the answer holds its signing secret, shown this once")
    @APIResponse(responseCode = "201", description = "Registered; keep the secret to verify signatures")
    @APIResponse(responseCode = "400", description = "Invalid or refused URL")
    @APIResponse(responseCode = "409", description = "The URL is registered already (rotate its secret to get a new one)")
    public Response register(NewEndpointRequest request) {
        if (request == null || request.url() == null) {
            throw new InvalidRequestException("send {\"url\": \"https://...\"}");
        }
        validator.checkWebhookUrl("url", request.url());
        UUID tenantId = tenant.id();
        WebhookEndpoint endpoint = QuarkusTransaction.requiringNew().call(() -> endpoints.register(tenantId, request.url()));
        return Response.created(URI.create("/api/v1/webhook-endpoints/" + endpoint.id))
                .entity(EndpointView.withSecret(endpoint)).build();
    }

    @GET
    @Operation(summary = "The tenant's webhook endpoints (without secrets)")
    public List<EndpointView> list() {
        return WebhookEndpoint.<WebhookEndpoint>list("tenantId = ?1 order by createdAt", tenant.id()).stream()
                .map(EndpointView::of).toList();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(summary = "Replace the endpoint's signing secret; the answer holds the new one, shown this once")
    @APIResponse(responseCode = "200", description = "The endpoint with its new secret")
    @APIResponse(responseCode = "404", description = "No such endpoint")
    public EndpointView rotate(@PathParam("id") String id) {
        UUID endpointId = endpointId(id);
        UUID tenantId = tenant.id();
        return EndpointView.withSecret(QuarkusTransaction.requiringNew().call(() -> endpoints.rotate(tenantId, endpointId)));
    }

    @POST
    @Path("/{id}/enable")
    @Operation(summary = "Send to an endpoint again after it answered 410 Gone")
    @APIResponse(responseCode = "200", description = "The endpoint, enabled")
    @APIResponse(responseCode = "404", description = "No such endpoint")
    public EndpointView enable(@PathParam("id") String id) {
        UUID endpointId = endpointId(id);
        UUID tenantId = tenant.id();
        return EndpointView.of(QuarkusTransaction.requiringNew().call(() -> endpoints.enable(tenantId, endpointId)));
    }

    private static UUID endpointId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no webhook endpoint " + id);
        }
    }
}
