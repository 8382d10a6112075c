package io.modelcraft.gateway.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBucketLetsABurstThroughThenRefillsAtTheRate() {
        TokenBucket bucket = new TokenBucket();
        for (int i = 0; i < 5; i++) {
            assertTrue(bucket.take(2, 5, 0).isEmpty(), "request " + i + " of the burst");
        }
        Optional<Duration> wait = bucket.take(2, 5, 0);
        assertEquals(Optional.of(Duration.ofMillis(500)), wait);
        assertTrue(bucket.take(2, 5, SECOND / 2).isEmpty(), "one token back after half a second at 2/s");
        assertTrue(bucket.take(2, 5, SECOND / 2).isPresent());
    }

    @Test
    void aLongQuietSpellRefillsOnlyUpToTheBurst() {
        TokenBucket bucket = new TokenBucket();
        for (int i = 0; i < 3; i++) {
            bucket.take(1, 3, 0);
        }
        long later = 3600 * SECOND;
        for (int i = 0; i < 3; i++) {
            assertTrue(bucket.take(1, 3, later).isEmpty());
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), bucket.take(1, 3, later));
    }
}
