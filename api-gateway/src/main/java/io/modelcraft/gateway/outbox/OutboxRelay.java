package io.modelcraft.gateway.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows, then deletes them: the rows of each commit as soon as it is done (see
 * {@link Outbox}), and on a schedule whatever is still in the table (a crash, a broker outage). A row is
 * deleted only once Kafka acknowledged it, so a crash can repeat a message (consumers are idempotent) but
 * never lose one. One thread does all of it, in commit order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;
    private static final int REMEMBERED_SWEPT_IDS = 10_000;

    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean sweepQueued = new AtomicBoolean();
    /** Rows a sweep published before their own commit's hand-off ran; only the relay thread touches it. */
    private final Set<Long> sweptAhead = new HashSet<>();

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, OutboxConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    /** Publishes rows of a transaction that just committed. */
    void publish(List<OutboxMessage> committed) {
        if (config.publishing()) {
            runner.execute(() -> {
                List<OutboxMessage> rows = committed.stream().filter(row -> !sweptAhead.remove(row.id)).toList();
                try {
                    sendAndDelete(rows);
                } catch (RuntimeException e) {
                    LOG.warnf("outbox publish failed, the sweep will retry: %s", e.getMessage());
                }
            });
        }
    }

    @Scheduled(every = "${modelcraft.outbox.sweep-interval:2s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        if (config.publishing() && sweepQueued.compareAndSet(false, true)) {
            runner.execute(() -> {
                sweepQueued.set(false);
                publishPending();
            });
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    void publishPending() {
        try {
            List<OutboxMessage> batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(
                        () -> OutboxMessage.<OutboxMessage>find("order by id").page(0, BATCH).list());
                if (sweptAhead.size() > REMEMBERED_SWEPT_IDS) {
                    sweptAhead.clear();
                }
                batch.forEach(row -> sweptAhead.add(row.id));
                sendAndDelete(batch);
            } while (batch.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("outbox publish failed, will retry on the next sweep: %s", e.getMessage());
        }
    }

    private void sendAndDelete(List<OutboxMessage> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Uni.join().all(rows.stream().map(this::send).toList()).andFailFast().await().atMost(Duration.ofSeconds(30));
        List<Long> ids = rows.stream().map(m -> m.id).toList();
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.delete("id in ?1", ids));
    }

    private Uni<Void> send(OutboxMessage row) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic).withKey(row.key).build();
        return emitter.sendMessage(Message.of(row.payload).addMetadata(metadata));
    }
}
