package io.modelcraft.agent.llm;

import io.modelcraft.agent.config.AgentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many calls each provider serves at once ({@code modelcraft.agent.llm.concurrent-calls}, e.g.
 * {@code openai:1} for a local server with one slot). A call past the limit waits, first come first served,
 * before its timeout starts, so waiting for a slot never fails a job. A provider not listed is not limited.
 */
@ApplicationScoped
public class ProviderSlots {

    private final Map<String, Semaphore> slots = new HashMap<>();

    @Inject
    public ProviderSlots(AgentConfig config) {
        this(config.llm().concurrentCalls().orElse(List.of()));
    }

    ProviderSlots(List<String> limits) {
        for (String entry : limits) {
            int colon = entry.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("not a provider:count pair: " + entry);
            }
            int count = Integer.parseInt(entry.substring(colon + 1).strip());
            if (count < 1) {
                throw new IllegalArgumentException("a provider needs at least one concurrent call: " + entry);
            }
            slots.put(entry.substring(0, colon).strip(), new Semaphore(count, true));
        }
    }

    public <T> T call(String provider, Supplier<T> call) {
        return call(provider, () -> { }, call);
    }

    /** As {@link #call(String, Supplier)}; {@code waiting} runs first when the call has to wait for a slot. */
    public <T> T call(String provider, Runnable waiting, Supplier<T> call) {
        Semaphore limit = slots.get(provider);
        if (limit == null) {
            return call.get();
        }
        if (!tryNow(limit)) {
            waiting.run();
            limit.acquireUninterruptibly();
        }
        try {
            return call.get();
        } finally {
            limit.release();
        }
    }

    private static boolean tryNow(Semaphore limit) {
        try {
            return limit.tryAcquire(0, TimeUnit.SECONDS);  // unlike tryAcquire(), keeps the queue's order
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The calls the provider may still start now; -1 when it is not limited. */
    public int free(String provider) {
        Semaphore limit = slots.get(provider);
        return limit == null ? -1 : limit.availablePermits();
    }
}
