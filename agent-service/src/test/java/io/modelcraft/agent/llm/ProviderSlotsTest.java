package io.modelcraft.agent.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProviderSlotsTest {

    @Test
    void aLimitedProviderServesAtMostItsCountAtOnceAndTheRestWait() throws Exception {
        ProviderSlots slots = new ProviderSlots(List.of("openai:2"));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(6);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Thread thread = new Thread(() -> {
                slots.call("openai", () -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(50);
                    return running.decrementAndGet();
                });
                done.countDown();
            });
            thread.start();
            threads.add(thread);
        }
        assertEquals(true, done.await(10, TimeUnit.SECONDS));
        assertEquals(2, most.get());
        assertEquals(2, slots.free("openai"));
        assertEquals(-1, slots.free("anthropic"), "a provider not listed is not limited");
    }

    @Test
    void onlyACallThatHasToWaitSaysSo() throws Exception {
        ProviderSlots slots = new ProviderSlots(List.of("openai:1"));
        AtomicInteger waited = new AtomicInteger();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> slots.call("openai", waited::incrementAndGet, () -> {
            holding.countDown();
            await(release);
            return 1;
        }));
        first.start();
        holding.await(5, TimeUnit.SECONDS);
        Thread second = new Thread(() -> slots.call("openai", waited::incrementAndGet, () -> 2));
        second.start();
        while (second.getState() != Thread.State.WAITING && second.isAlive()) {
            Thread.sleep(5);
        }
        assertEquals(1, waited.get(), "the second call found the slot taken");
        release.countDown();
        first.join(5000);
        second.join(5000);
        slots.call("openai", waited::incrementAndGet, () -> 3);
        assertEquals(1, waited.get(), "a call finding a free slot does not wait");
        slots.call("anthropic", waited::incrementAndGet, () -> 4);
        assertEquals(1, waited.get(), "an unlimited provider never waits");
    }

    @Test
    void aSlotIsGivenBackWhenTheCallFails() {
        ProviderSlots slots = new ProviderSlots(List.of("openai:1"));
        assertThrows(IllegalStateException.class, () -> slots.call("openai", () -> {
            throw new IllegalStateException("the provider failed");
        }));
        assertEquals(1, slots.free("openai"));
    }

    @Test
    void malformedLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ProviderSlots(List.of("openai")));
        assertThrows(IllegalArgumentException.class, () -> new ProviderSlots(List.of("openai:0")));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
