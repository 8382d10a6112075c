package io.modelcraft.gateway.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows in id order, then deletes them. Woken right after each commit that
 * wrote some, and swept on a schedule for anything a crash left behind: a row is deleted only once
 * Kafka acknowledged it, so a crash can repeat a message (consumers are idempotent) but never lose one.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final MutinyEmitter<String> emitter;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean scheduled = new AtomicBoolean();

    private final OutboxConfig config;

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, OutboxConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    /** Asks for a publish pass soon; calls while one is pending are merged. */
    public void wake() {
        if (config.publishing() && scheduled.compareAndSet(false, true)) {
            runner.execute(() -> {
                scheduled.set(false);
                publishPending();
            });
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    @Scheduled(every = "${modelcraft.outbox.sweep-interval:2s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        wake();
    }

    void publishPending() {
        try {
            List<OutboxMessage> batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(
                        () -> OutboxMessage.<OutboxMessage>find("order by id").page(0, BATCH).list());
                if (batch.isEmpty()) {
                    return;
                }
                Uni.join().all(batch.stream().map(this::send).toList()).andFailFast()
                        .await().atMost(Duration.ofSeconds(30));
                List<Long> ids = batch.stream().map(m -> m.id).toList();
                QuarkusTransaction.requiringNew().run(() -> OutboxMessage.delete("id in ?1", ids));
            } while (batch.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("outbox publish failed, will retry on the next sweep: %s", e.getMessage());
        }
    }

    private Uni<Void> send(OutboxMessage row) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic).withKey(row.key).build();
        return emitter.sendMessage(Message.of(row.payload).addMetadata(metadata));
    }
}
