package io.modelcraft.gateway.tenant;

import java.time.Duration;
import java.util.Optional;

/** A token bucket: holds up to {@code burst} requests, refilled at {@code rate} per second. */
public final class TokenBucket {

    private double tokens = -1;
    private long lastNanos;

    /** Takes one token at {@code nowNanos}; when none is left, how long until one will be. */
    public synchronized Optional<Duration> take(int rate, int burst, long nowNanos) {
        if (tokens < 0) {
            tokens = burst;
        } else {
            tokens = Math.min(burst, tokens + (nowNanos - lastNanos) * rate / 1e9);
        }
        lastNanos = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / rate * 1e9)));
    }
}
