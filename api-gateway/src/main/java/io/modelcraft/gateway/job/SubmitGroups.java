package io.modelcraft.gateway.job;

import io.modelcraft.gateway.config.GatewayConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Group commit for single submits: one thread stores whatever submits are waiting in one transaction, so
 * that under load many jobs share a commit. A group that fails (a taken idempotency key, say) is stored again
 * one submit per transaction, so each caller gets its own outcome and no submit fails for another's sake.
 */
@ApplicationScoped
public class SubmitGroups {

    private static final Logger LOG = Logger.getLogger(SubmitGroups.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(200);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final int maxGroupSize;
    private final Thread committer = new Thread(this::commitGroups, "submit-committer");
    private volatile boolean running = true;

    public SubmitGroups(GatewayConfig config) {
        this.maxGroupSize = config.submits().maxGroupSize();
        committer.setDaemon(true);
        committer.start();
    }

    /** Runs {@code store} in a transaction shared with other waiting submits and returns its job once committed. */
    public Job store(Supplier<Job> store) {
        Pending pending = new Pending(store, new CompletableFuture<>());
        waiting.add(pending);
        try {
            return pending.stored().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        committer.join(SHUTDOWN_WAIT.toMillis());
        Pending left;
        while ((left = waiting.poll()) != null) {
            left.stored().completeExceptionally(new IllegalStateException("the gateway is shutting down"));
        }
    }

    private void commitGroups() {
        List<Pending> group = new ArrayList<>(maxGroupSize);
        while (running) {
            try {
                Pending first = waiting.poll(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
            } catch (InterruptedException e) {
                return;
            }
            waiting.drainTo(group, maxGroupSize - 1);
            try {
                commit(group);
            } catch (Throwable unexpected) {
                // Not even the one-by-one path could answer: tell the callers rather than leave them waiting.
                group.forEach(p -> p.stored().completeExceptionally(unexpected));
            }
            group.clear();
        }
    }

    private static void commit(List<Pending> group) {
        List<Job> jobs;
        try {
            jobs = QuarkusTransaction.requiringNew().call(() -> group.stream().map(p -> p.store().get()).toList());
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).stored().completeExceptionally(e);
            } else {
                LOG.debugf("a group of %d submits failed (%s); storing them one by one", group.size(), e.getMessage());
                group.forEach(SubmitGroups::commitAlone);
            }
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).stored().complete(jobs.get(i));
        }
    }

    private static void commitAlone(Pending pending) {
        try {
            pending.stored().complete(QuarkusTransaction.requiringNew().call(() -> pending.store().get()));
        } catch (RuntimeException e) {
            pending.stored().completeExceptionally(e);
        }
    }

    private record Pending(Supplier<Job> store, CompletableFuture<Job> stored) {
    }
}
