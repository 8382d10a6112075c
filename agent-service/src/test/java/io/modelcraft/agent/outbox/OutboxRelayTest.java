package io.modelcraft.agent.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.modelcraft.agent.KafkaTestSupport;
import io.modelcraft.agent.ScriptedLlmServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The relay on the real broker and database: every committed row goes out once, then leaves the table. */
@QuarkusTest
@QuarkusTestResource(ScriptedLlmServer.class)
class OutboxRelayTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;

    @Test
    void aRowACrashLeftBehindIsSentByTheSweepOnceAndThenDeleted() {
        String key = "left-" + UUID.randomUUID();
        // Written without the commit hand-off, as after a crash between commit and publish.
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.of(topic(), key, "{\"left\": true}").persist());
        relay.sweep();
        relay.sweep();
        awaitNoRowFor(key);
        relay.sweep();
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
            relay.sweep();
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
        relay.sweep();
        awaitNoRowFor(key);
        relay.sweep();
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

    private static String topic() {
        return KafkaTestSupport.topic("jobs.events");
    }

    private static void awaitNoRowFor(String key) {
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingRows(key) == 0);
    }

    private static long pendingRows(String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("key", key));
    }
}
