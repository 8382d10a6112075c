package io.modelcraft.gateway.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per tenant, in this gateway's memory: with several gateway instances each enforces the
 * limit on its own share of the traffic.
 */
@ApplicationScoped
public class TenantRateLimiter {

    private final Map<UUID, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** Empty when {@code caller} may send this request now; otherwise how long it should wait. */
    public Optional<Duration> admit(Caller caller) {
        return buckets.computeIfAbsent(caller.tenantId(), id -> new TokenBucket())
                .take(caller.requestsPerSecond(), caller.burst(), System.nanoTime());
    }
}
