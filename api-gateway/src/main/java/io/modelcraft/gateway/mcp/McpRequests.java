package io.modelcraft.gateway.mcp;

import io.modelcraft.gateway.config.GatewayConfig;
import io.modelcraft.gateway.problem.InvalidRequestException;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

/** What the tools need of the MCP request they serve: its tenant, the API's URLs, and the wait a call may ask. */
@ApplicationScoped
public class McpRequests {

    private final RoutingContext request;
    private final GatewayConfig.Mcp limits;

    public McpRequests(RoutingContext request, GatewayConfig config) {
        this.request = request;
        this.limits = config.mcp();
    }

    public UUID tenant() {
        return McpAuthentication.tenantOf(request);
    }

    /** The REST URL of a job or check ({@code kind} "jobs" or "checks"), as this request reached the gateway. */
    public String url(String kind, UUID id) {
        return URI.create(request.request().absoluteURI()).resolve("/api/v1/" + kind + "/" + id).toString();
    }

    public Duration jobWait(Integer seconds) {
        if (seconds == null) {
            return limits.jobWait();
        }
        if (seconds < 0 || seconds > limits.maxJobWait().toSeconds()) {
            throw new InvalidRequestException("\"wait_seconds\" must be between 0 and " + limits.maxJobWait().toSeconds());
        }
        return Duration.ofSeconds(seconds);
    }
}
