package io.modelcraft.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Applies a consumed message again while the database cannot be reached, so that a message read during an outage is
 * applied once the database is back instead of being dead-lettered (its job would never hear of it). Any other
 * failure, or an outage longer than {@link ConsumerConfig#outageRetryFor()}, is thrown at once as before.
 */
@ApplicationScoped
public class ConsumerRetry {

    private static final Logger LOG = Logger.getLogger(ConsumerRetry.class);

    private final ConsumerConfig config;

    public ConsumerRetry(ConsumerConfig config) {
        this.config = config;
    }

    public <T> T apply(String what, Supplier<T> work) {
        long deadline = System.nanoTime() + config.outageRetryFor().toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!DatabaseOutage.of(e) || System.nanoTime() + config.outageRetryDelay().toNanos() > deadline) {
                    throw e;
                }
                if (attempt == 1) {
                    LOG.warnf("%s waits for the database, which cannot be reached: %s", what, e.toString());
                }
                pause();
            }
        }
    }

    public void run(String what, Runnable work) {
        apply(what, () -> {
            work.run();
            return null;
        });
    }

    private void pause() {
        try {
            Thread.sleep(config.outageRetryDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
