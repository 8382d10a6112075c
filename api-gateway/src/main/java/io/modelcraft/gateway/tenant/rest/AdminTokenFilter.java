package io.modelcraft.gateway.tenant.rest;

import io.modelcraft.gateway.config.GatewayConfig;
import io.modelcraft.gateway.problem.Problem;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** The operator's {@code /admin/} API answers only to the configured admin token, and not at all without one. */
public class AdminTokenFilter {

    private final Optional<byte[]> token;

    public AdminTokenFilter(GatewayConfig config) {
        this.token = config.tenants().adminToken().filter(t -> !t.isBlank())
                .map(t -> ("Bearer " + t).getBytes(StandardCharsets.UTF_8));
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response admit(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/admin/")) {
            return null;
        }
        if (token.isEmpty()) {
            return Problem.response(Response.Status.FORBIDDEN, "the admin API is off: no admin token is configured"
                    + " (MODELCRAFT_ADMIN_TOKEN)");
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !MessageDigest.isEqual(token.get(), header.getBytes(StandardCharsets.UTF_8))) {
            return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED,
                    "send the admin token as the header \"Authorization: Bearer ...\""))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        return null;
    }
}
