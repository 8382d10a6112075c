package io.modelcraft.gateway.job;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One event consumed twice at once, as by two gateways during a rebalance. */
@QuarkusTest
class ProcessedEventTest {

    @Test
    void aDuplicateArrivingBeforeTheFirstCommitsIsRecognisedNotRefused() throws Exception {
        String eventId = UUID.randomUUID().toString();
        CountDownLatch firstRecorded = new CountDownLatch(1);
        ExecutorService gateways = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = gateways.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                boolean recorded = ProcessedEvent.firstTime(eventId);
                firstRecorded.countDown();
                Thread.sleep(500); // the duplicate runs into this uncommitted row meanwhile
                return recorded;
            }));
            assertTrue(firstRecorded.await(10, TimeUnit.SECONDS));
            Future<Boolean> duplicate = gateways.submit(() ->
                    QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.firstTime(eventId)));
            assertTrue(first.get(30, TimeUnit.SECONDS));
            assertFalse(duplicate.get(30, TimeUnit.SECONDS));
        } finally {
            gateways.shutdownNow();
        }
    }
}
