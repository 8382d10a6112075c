package io.modelcraft.gateway.mcp;

import io.modelcraft.gateway.tenant.ApiKeys;
import io.modelcraft.gateway.tenant.Caller;
import io.modelcraft.gateway.tenant.TenantRateLimiter;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Every request to the MCP endpoint names its tenant with {@code Authorization: Bearer <API key>}, as on the REST API:
 * none, or an unknown or revoked key, is answered {@code 401} with {@code WWW-Authenticate: Bearer} (what the MCP
 * authorization spec asks of a protected server), a tenant over its request rate {@code 429} with {@code Retry-After}.
 * The tools read the tenant from the request ({@link #tenantOf}).
 */
@ApplicationScoped
public class McpAuthentication {

    static final String MCP_PATH = "/mcp";
    private static final String TENANT = "modelcraft.tenant";
    private static final String BEARER = "Bearer ";
    private static final Logger LOG = Logger.getLogger(McpAuthentication.class);

    private final ApiKeys keys;
    private final TenantRateLimiter limiter;

    public McpAuthentication(ApiKeys keys, TenantRateLimiter limiter) {
        this.keys = keys;
        this.limiter = limiter;
    }

    public static UUID tenantOf(RoutingContext request) {
        UUID tenant = request.get(TENANT);
        if (tenant == null) {
            throw new IllegalStateException("no tenant: the request did not pass the MCP key filter");
        }
        return tenant;
    }

    @RouteFilter(100)
    void admit(RoutingContext request) {
        String path = request.normalizedPath();
        if (!path.equals(MCP_PATH) && !path.startsWith(MCP_PATH + "/")) {
            request.next();
            return;
        }
        String header = request.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            refuse(request, 401, "send your API key as the header \"Authorization: Bearer mck_...\"");
            return;
        }
        String presented = header.substring(BEARER.length()).strip();
        // A key not seen lately is looked up in the database: off the event loop, with the body held back meanwhile.
        request.request().pause();
        request.vertx().<Optional<Caller>>executeBlocking(() -> keys.recognise(presented), false).onComplete(looked -> {
            if (looked.failed()) {
                LOG.warnf("MCP request refused: the API key could not be looked up: %s", looked.cause().toString());
                refuse(request, 503, "the service cannot check API keys right now; retry in a few seconds");
            } else if (looked.result().isEmpty()) {
                refuse(request, 401, "the API key is not valid: unknown or revoked");
            } else {
                admitCaller(request, looked.result().get());
            }
        });
    }

    private void admitCaller(RoutingContext request, Caller caller) {
        Optional<Duration> wait = limiter.admit(caller);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            request.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            refuse(request, 429, "this tenant may send " + caller.requestsPerSecond() + " requests per second; retry in "
                    + seconds + " s");
            return;
        }
        request.put(TENANT, caller.tenantId());
        request.request().resume();
        request.next();
    }

    /** A JSON-RPC error without an id, as a client reading the body of a refused request expects one. */
    private static void refuse(RoutingContext request, int status, String reason) {
        if (status == 401) {
            request.response().putHeader("WWW-Authenticate", "Bearer");
        }
        JsonObject error = new JsonObject().put("jsonrpc", "2.0").putNull("id")
                .put("error", new JsonObject().put("code", status == 401 ? -32001 : -32000).put("message", reason));
        request.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(error.encode());
    }
}
