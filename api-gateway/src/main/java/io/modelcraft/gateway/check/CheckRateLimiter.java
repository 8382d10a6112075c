package io.modelcraft.gateway.check;

import io.modelcraft.gateway.config.GatewayConfig;
import io.modelcraft.gateway.tenant.TokenBucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tenant's rate of direct checks, on top of its request rate: a check costs a worker seconds, a request
 * microseconds. In this gateway's memory, like the request rate.
 */
@ApplicationScoped
public class CheckRateLimiter {

    private final Map<UUID, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final GatewayConfig.Checks limits;

    public CheckRateLimiter(GatewayConfig config) {
        this.limits = config.checks();
    }

    /** Takes one check of {@code tenantId}, or refuses it with the time to wait. */
    public void admit(UUID tenantId) {
        Optional<Duration> wait = buckets.computeIfAbsent(tenantId, id -> new TokenBucket())
                .take(limits.perSecond(), limits.burst(), System.nanoTime());
        if (wait.isPresent()) {
            throw new TooManyChecksException(wait.get(), limits.perSecond(), limits.burst());
        }
    }
}
