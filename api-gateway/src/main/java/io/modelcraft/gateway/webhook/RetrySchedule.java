package io.modelcraft.gateway.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed webhook again: exponential backoff with jitter, never sooner than the receiver's
 * Retry-After, never past the retry window (then empty: give up).
 */
public record RetrySchedule(Duration firstDelay, Duration maxDelay, Duration window) {

    public Optional<Instant> next(Instant firstAttempt, int attemptsMade, Duration retryAfter, Instant now) {
        long base = Math.min(maxDelay.toMillis(), firstDelay.toMillis() << Math.min(attemptsMade - 1, 30));
        long delay = base + ThreadLocalRandom.current().nextLong(base / 4 + 1);
        if (retryAfter != null) {
            delay = Math.max(delay, retryAfter.toMillis());
        }
        Instant next = now.plusMillis(delay);
        return next.isAfter(firstAttempt.plus(window)) ? Optional.empty() : Optional.of(next);
    }
}
