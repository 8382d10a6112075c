package io.modelcraft.gateway.check;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcraft.gateway.config.GatewayConfig;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A tenant's checks beyond its burst are refused with the wait; other tenants are not touched by it. */
class CheckRateLimiterTest {

    @Test
    void checksBeyondTheBurstAreRefusedUntilTheBucketRefills() {
        CheckRateLimiter limiter = new CheckRateLimiter(config(1, 3));
        UUID busy = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertDoesNotThrow(() -> limiter.admit(busy));
        }
        TooManyChecksException refused = assertThrows(TooManyChecksException.class, () -> limiter.admit(busy));
        assertEquals(1, refused.retryAfterSeconds());
        assertTrue(refused.getMessage().contains("1 checks per second (bursts of 3)"), refused.getMessage());
        assertDoesNotThrow(() -> limiter.admit(UUID.randomUUID()), "another tenant has a bucket of its own");
    }

    /** The gateway's config with only the checks' rate and burst answered. */
    private static GatewayConfig config(int perSecond, int burst) {
        Map<String, Object> answers = Map.of("perSecond", perSecond, "burst", burst, "maxWait", Duration.ofSeconds(1));
        GatewayConfig.Checks checks = (GatewayConfig.Checks) Proxy.newProxyInstance(GatewayConfig.class.getClassLoader(),
                new Class<?>[] {GatewayConfig.Checks.class}, (proxy, method, args) -> answers.get(method.getName()));
        return (GatewayConfig) Proxy.newProxyInstance(GatewayConfig.class.getClassLoader(),
                new Class<?>[] {GatewayConfig.class}, (proxy, method, args) -> checks);
    }
}
