package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.config.AgentConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads LLM turns run on, so neither Kafka consumers nor HTTP threads wait for a model. Waiting turns
 * go oldest job first: a job that has started finishes before the jobs behind it take the model, so that a
 * batch's jobs end one after another instead of all at its end.
 */
@ApplicationScoped
public class TurnExecutor {

    private final ThreadPoolExecutor threads;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "llm-turn-timer"));
    private final Map<UUID, Long> jobOrder = new ConcurrentHashMap<>();
    private final AtomicLong jobsSeen = new AtomicLong();
    private final AtomicLong turnsSeen = new AtomicLong();

    public TurnExecutor(AgentConfig config) {
        AtomicInteger count = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(config.turnThreads(), config.turnThreads(), 0, TimeUnit.SECONDS,
                new PriorityBlockingQueue<>(), r -> new Thread(r, "llm-turn-" + count.incrementAndGet()));
    }

    public void submit(UUID jobId, Runnable turn) {
        long job = jobOrder.computeIfAbsent(jobId, id -> jobsSeen.incrementAndGet());
        threads.execute(new Turn(job, turnsSeen.incrementAndGet(), turn));
    }

    /** Runs {@code then} after {@code delay}, on the timer's own thread (it only queues a turn). */
    void later(Duration delay, Runnable then) {
        timer.schedule(then, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether a turn submitted now would wait behind others: every turn thread busy, or turns already queued. */
    boolean busy() {
        return threads.getActiveCount() >= threads.getMaximumPoolSize() || !threads.getQueue().isEmpty();
    }

    /** The job ended: its place in the order is no longer needed. */
    void forget(UUID jobId) {
        jobOrder.remove(jobId);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        threads.shutdownNow();
    }

    private record Turn(long job, long sequence, Runnable work) implements Runnable, Comparable<Turn> {
        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Turn other) {
            int byJob = Long.compare(job, other.job);
            return byJob != 0 ? byJob : Long.compare(sequence, other.sequence);
        }
    }
}
