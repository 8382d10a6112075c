package io.modelcraft.gateway.check;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Requests of this gateway waiting for a check's verdict. The verdict's consumer wakes the one waiting here; a
 * waiter also looks at the stored check every {@code LOOK_EVERY}, since another gateway may have stored it, or the
 * verdict may have come before the waiter.
 */
@ApplicationScoped
public class CheckWaiters {

    private static final Duration LOOK_EVERY = Duration.ofSeconds(1);

    private final Map<UUID, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    /** Waits at most {@code bound} until {@code checked} says yes; whether it did. Forgets the waiter either way. */
    public boolean await(UUID checkId, Duration bound, BooleanSupplier checked) throws InterruptedException {
        CompletableFuture<Void> signal = new CompletableFuture<>();
        waiting.put(checkId, signal);
        long deadline = System.nanoTime() + bound.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return checked.getAsBoolean();
                }
                try {
                    signal.get(Math.min(left, LOOK_EVERY.toNanos()), TimeUnit.NANOSECONDS);
                    return true;
                } catch (TimeoutException e) {
                    if (checked.getAsBoolean()) {
                        return true;
                    }
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            waiting.remove(checkId);
        }
    }

    /** Wakes whoever waits here for {@code checkId}. */
    public void checked(UUID checkId) {
        CompletableFuture<Void> signal = waiting.get(checkId);
        if (signal != null) {
            signal.complete(null);
        }
    }
}
