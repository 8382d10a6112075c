package io.modelcraft.outbox;

import io.modelcraft.testing.KafkaTestSupport;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relay on the real broker and database (a schema and topic of this test's own): every committed row goes out
 * once, in commit order, then leaves the table.
 */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;

    @BeforeAll
    static void createTopic() throws Exception {
        KafkaTestSupport.ensureTopic(topic());
    }

    @Test
    void aRowACrashLeftBehindIsSentByTheSweepOnceAndThenDeleted() {
        String key = "left-" + UUID.randomUUID();
        // Written without the commit hand-off, as after a crash between commit and publish.
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.of(topic(), key, "{\"left\": true}").persist());
        relay.sweepRowsOlderThan(Duration.ZERO);
        relay.sweepRowsOlderThan(Duration.ZERO);
        awaitNoRowFor(key);
        relay.sweepRowsOlderThan(Duration.ZERO);
        assertEquals(1, KafkaTestSupport.read(topic(), key, 2, Duration.ofSeconds(3)).size());
    }

    @Test
    void sweepsBackToBackWhileAcknowledgementsArriveSendEachLeftRowOnce() throws InterruptedException {
        String key = "swept-" + UUID.randomUUID();
        int rows = 100;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < rows; i++) {
                OutboxMessage.of(topic(), key, Integer.toString(i)).persist();
            }
        });
        for (int i = 0; i < 200 && pendingRows(key) > 0; i++) {
            relay.sweepRowsOlderThan(Duration.ZERO);
            Thread.sleep(1);
        }
        awaitNoRowFor(key);
        var values = KafkaTestSupport.read(topic(), key, 2 * rows, Duration.ofSeconds(3)).stream()
                .map(r -> r.value()).toList();
        assertEquals(java.util.stream.IntStream.range(0, rows).mapToObj(Integer::toString).toList(), values);
    }

    @Test
    void aCommittedRowGoesOutAtOnceAndASweepRacingItDoesNotRepeatIt() {
        String key = "committed-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.add(topic(), key, "{\"committed\": true}"));
        relay.sweepRowsOlderThan(Duration.ZERO);
        awaitNoRowFor(key);
        relay.sweepRowsOlderThan(Duration.ZERO);
        var records = KafkaTestSupport.read(topic(), key, 2, Duration.ofSeconds(3));
        assertEquals(1, records.size());
        assertEquals("{\"committed\": true}", records.get(0).value());
    }

    @Test
    void rowsOfManyCommitsGoOutInCommitOrder() {
        String key = "ordered-" + UUID.randomUUID();
        for (int i = 0; i < 50; i++) {
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> outbox.add(topic(), key, Integer.toString(n)));
        }
        var records = KafkaTestSupport.read(topic(), key, 50, Duration.ofSeconds(30));
        assertEquals(java.util.stream.IntStream.range(0, 50).mapToObj(Integer::toString).toList(),
                records.stream().map(r -> r.value()).toList());
        awaitNoRowFor(key);
    }

    @Test
    void aYoungRowIsLeftToTheReplicaThatCommittedIt() throws InterruptedException {
        String key = "young-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.of(topic(), key, "young").persist());
        relay.sweep(); // rows younger than modelcraft.outbox.sweep-after (5 s) are the committing replica's to send
        Thread.sleep(1000);
        assertEquals(1, pendingRows(key));
        assertEquals(0, KafkaTestSupport.read(topic(), key, 1, Duration.ofSeconds(1)).size());
        relay.sweepRowsOlderThan(Duration.ZERO);
        awaitNoRowFor(key);
        assertEquals(1, KafkaTestSupport.read(topic(), key, 2, Duration.ofSeconds(3)).size());
    }

    @Test
    void rowsAnotherReplicaClaimedAreSkippedAndTakenOverInOrderWhenItDies() throws Exception {
        String key = "claimed-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 3; i++) {
                OutboxMessage.of(topic(), key, Integer.toString(i)).persist();
            }
        });
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch dies = new CountDownLatch(1);
        CompletableFuture<Integer> otherReplica = CompletableFuture.supplyAsync(() -> {
            int[] held = new int[1];
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    held[0] = (int) OutboxSweep.claim(0, Instant.now().plusSeconds(60), 10_000).stream()
                            .filter(row -> row.key.equals(key)).count();
                    claimed.countDown();
                    try {
                        dies.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("the other replica dies before it sends");
                });
            } catch (IllegalStateException died) {
                // its transaction rolled back: the rows are free again
            }
            return held[0];
        });
        claimed.await();
        String freeKey = "free-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.of(topic(), freeKey, "free").persist());
        relay.sweepRowsOlderThan(Duration.ZERO);
        awaitNoRowFor(freeKey); // the sweep went past the claimed rows instead of waiting for their lock
        assertEquals(3, pendingRows(key), "rows another transaction holds are skipped");
        assertEquals(0, KafkaTestSupport.read(topic(), key, 1, Duration.ofSeconds(1)).size());
        dies.countDown();
        assertEquals(3, otherReplica.get());
        relay.sweepRowsOlderThan(Duration.ZERO);
        awaitNoRowFor(key);
        assertEquals(List.of("0", "1", "2"), KafkaTestSupport.read(topic(), key, 4, Duration.ofSeconds(3)).stream()
                .map(r -> r.value()).toList());
    }

    @Test
    void aSweepWaitsWhileAnotherReplicaOfTheServiceSweeps() throws Exception {
        String key = "one-sweep-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.of(topic(), key, "left").persist());
        String lock = "modelcraft.outbox.sweep:" + ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Void> otherReplica = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                    .setParameter(1, lock).getSingleResult();
            locked.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        locked.await();
        relay.sweepRowsOlderThan(Duration.ZERO);
        Thread.sleep(1500);
        assertEquals(1, pendingRows(key), "the other replica's sweep has the lock: this one sends nothing");
        done.countDown();
        otherReplica.get();
        relay.sweepRowsOlderThan(Duration.ZERO);
        awaitNoRowFor(key);
        assertEquals(1, KafkaTestSupport.read(topic(), key, 2, Duration.ofSeconds(3)).size());
    }

    @Test
    void aMessageKafkaRefusesHoldsItsKeysLaterMessagesInsteadOfLettingThemOvertakeIt() throws InterruptedException {
        String key = "held-" + UUID.randomUUID();
        String tooLarge = "x".repeat(2 * 1024 * 1024); // over the producer's max.request.size: refused at every send
        QuarkusTransaction.requiringNew().run(() -> outbox.add(topic(), key, tooLarge));
        QuarkusTransaction.requiringNew().run(() -> outbox.add(topic(), key, "after"));
        relay.sweepRowsOlderThan(Duration.ZERO);
        relay.sweepRowsOlderThan(Duration.ZERO);
        Thread.sleep(1500);
        assertEquals(2, pendingRows(key), "the later message waits behind the one Kafka refuses");
        assertEquals(0, KafkaTestSupport.read(topic(), key, 1, Duration.ofSeconds(1)).size());

        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.delete("key = ?1 and length(payload) > 1000", key));
        relay.sweepRowsOlderThan(Duration.ZERO);
        awaitNoRowFor(key);
        QuarkusTransaction.requiringNew().run(() -> outbox.add(topic(), key, "released"));
        awaitNoRowFor(key); // the key is no longer held: the commit's own hand-off sends it
        assertEquals(List.of("after", "released"), KafkaTestSupport.read(topic(), key, 3, Duration.ofSeconds(3)).stream()
                .map(r -> r.value()).toList());
    }

    private static String topic() {
        return KafkaTestSupport.topic("outbox-test");
    }

    private static void awaitNoRowFor(String key) {
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingRows(key) == 0);
    }

    private static long pendingRows(String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("key", key));
    }
}
