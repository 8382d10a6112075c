package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.config.AgentConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads LLM turns run on, so neither Kafka consumers nor HTTP threads wait for a model. */
@ApplicationScoped
public class TurnExecutor {

    private final ExecutorService threads;

    public TurnExecutor(AgentConfig config) {
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(config.turnThreads(),
                r -> new Thread(r, "llm-turn-" + count.incrementAndGet()));
    }

    public void submit(Runnable turn) {
        threads.execute(turn);
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
