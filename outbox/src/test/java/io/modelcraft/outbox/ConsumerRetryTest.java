package io.modelcraft.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A consumer's work is tried again while the database is out of reach, and only then. */
class ConsumerRetryTest {

    private static final ConsumerConfig SHORT = new ConsumerConfig() {
        @Override
        public Duration outageRetryFor() {
            return Duration.ofMillis(500);
        }

        @Override
        public Duration outageRetryDelay() {
            return Duration.ofMillis(20);
        }
    };

    private static RuntimeException outage() {
        return new IllegalStateException("could not open a connection", new SQLTransientConnectionException("refused", "08001"));
    }

    @Test
    void workThatMeetsAnOutageIsDoneOnceTheDatabaseIsBack() {
        AtomicInteger tries = new AtomicInteger();
        String done = new ConsumerRetry(SHORT).apply("a test message", () -> {
            if (tries.incrementAndGet() < 4) {
                throw outage();
            }
            return "applied";
        });
        assertEquals("applied", done);
        assertEquals(4, tries.get());
    }

    @Test
    void anyOtherFailureIsThrownAtOnce() {
        AtomicInteger tries = new AtomicInteger();
        IllegalArgumentException bad = new IllegalArgumentException("unsupported message");
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> new ConsumerRetry(SHORT).run("a test message",
                () -> {
                    tries.incrementAndGet();
                    throw bad;
                })));
        assertEquals(1, tries.get());
    }

    @Test
    void anOutageLongerThanTheBoundFailsTheMessage() {
        AtomicInteger tries = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> new ConsumerRetry(SHORT).run("a test message", () -> {
            tries.incrementAndGet();
            throw outage();
        }));
        assertEquals(true, tries.get() > 5 && tries.get() < 30, "tried for about 500 ms: " + tries.get());
    }
}
