package io.modelcraft.gateway.tenant.rest;

import io.modelcraft.gateway.problem.Problem;
import io.modelcraft.gateway.tenant.ApiKeys;
import io.modelcraft.gateway.tenant.Caller;
import io.modelcraft.gateway.tenant.CurrentTenant;
import io.modelcraft.gateway.tenant.TenantRateLimiter;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every {@code /api/} request names its tenant with {@code Authorization: Bearer <API key>}: no key or an
 * unknown or revoked one is a 401; a tenant over its rate limit gets a 429 with {@code Retry-After}.
 */
public class ApiKeyFilter {

    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final TenantRateLimiter limiter;
    private final CurrentTenant current;

    public ApiKeyFilter(ApiKeys keys, TenantRateLimiter limiter, CurrentTenant current) {
        this.keys = keys;
        this.limiter = limiter;
        this.current = current;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response admit(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return unauthorized("send your API key as the header \"Authorization: Bearer mck_...\"");
        }
        Optional<Caller> caller = keys.recognise(header.substring(BEARER.length()).strip());
        if (caller.isEmpty()) {
            return unauthorized("the API key is not valid: unknown or revoked");
        }
        Optional<Duration> wait = limiter.admit(caller.get());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS,
                    "this tenant may send " + caller.get().requestsPerSecond() + " requests per second (bursts of "
                            + caller.get().burst() + "); retry in " + seconds + " s"))
                    .header(HttpHeaders.RETRY_AFTER, seconds).build();
        }
        current.set(caller.get().tenantId());
        return null;
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
