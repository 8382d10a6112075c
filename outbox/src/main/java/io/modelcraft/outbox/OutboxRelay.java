package io.modelcraft.outbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows. The rows of each commit go out as soon as it is done (see {@link Outbox}): one
 * thread hands them to the channel's Kafka producer in commit order without waiting for each acknowledgement, and
 * another deletes the acknowledged rows many at a time. A row is deleted only once acknowledged, so a crash can
 * repeat a message (consumers are idempotent) but never lose one. What is left (a crash, a broker outage, a send
 * that failed) is taken by the sweep ({@link OutboxSweep}), on whichever replica claims it first. A key whose send
 * failed here is held: its later rows are left to the sweep too, which sends a key's rows in order, so that a
 * message never overtakes an earlier one of the same job on this replica.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final String CHANNEL = "outbox";
    private static final int MAX_DELETE = 2_000;

    private final KafkaClientService kafka;
    private final OutboxConfig config;
    private final OutboxSweep sweep;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final ExecutorService cleaner = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-cleaner"));
    private final AtomicBoolean sweepQueued = new AtomicBoolean();
    private final AtomicBoolean cleanQueued = new AtomicBoolean();
    /** Rows handed to Kafka here and not yet deleted: a sweep here leaves them alone. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final Queue<Long> acknowledged = new ConcurrentLinkedQueue<>();
    /** Keys with a row whose send failed here, so their later rows wait for the sweep, which keeps their order. */
    private final Set<String> heldKeys = ConcurrentHashMap.newKeySet();

    /** The emitter is never called: it is what makes SmallRye create the channel whose producer this relay uses. */
    public OutboxRelay(@Channel(CHANNEL) MutinyEmitter<String> channel, KafkaClientService kafka, OutboxConfig config,
                       OutboxSweep sweep) {
        this.kafka = kafka;
        this.config = config;
        this.sweep = sweep;
    }

    /** Publishes rows of a transaction that just committed. */
    void publish(List<OutboxMessage> committed) {
        if (config.publishing()) {
            // In flight from the commit on, so that a sweep queued ahead of this hand-off leaves them alone.
            committed.forEach(row -> inFlight.add(row.id));
            sender.execute(() -> send(committed));
        }
    }

    @Scheduled(every = "${modelcraft.outbox.sweep-interval:2s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        sweepRowsOlderThan(config.sweepAfter());
    }

    /** Queues a sweep of the rows older than {@code age} on the sender thread, unless one is queued already. */
    void sweepRowsOlderThan(Duration age) {
        if (config.publishing() && sweepQueued.compareAndSet(false, true)) {
            sender.execute(() -> {
                sweepQueued.set(false);
                sweep.publishPending(age, inFlight, heldKeys, producer());
            });
        }
        clean();
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
        cleaner.shutdownNow();
    }

    private Producer<String, String> producer() {
        return kafka.<String, String>getProducer(CHANNEL).unwrap();
    }

    private void send(List<OutboxMessage> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int handedOver = 0;
        try {
            Producer<String, String> producer = producer();
            for (OutboxMessage row : rows) {
                if (heldKeys.contains(row.key)) { // an earlier row of its job waits for the sweep: so does this one
                    inFlight.remove(row.id);
                    handedOver++;
                    continue;
                }
                inFlight.add(row.id);
                producer.send(new ProducerRecord<>(row.topic, row.key, row.payload), (metadata, error) -> {
                    if (error == null) {
                        acknowledged.add(row.id);
                        clean();
                    } else {
                        heldKeys.add(row.key);
                        inFlight.remove(row.id);
                        LOG.warnf("outbox message %d not acknowledged, the sweep will send it again: %s", row.id,
                                error.getMessage());
                    }
                });
                handedOver++;
            }
        } catch (RuntimeException e) {
            // Rows already handed over are Kafka's; the rest, in order, wait for the sweep.
            rows.subList(handedOver, rows.size()).forEach(row -> {
                heldKeys.add(row.key);
                inFlight.remove(row.id);
            });
            LOG.warnf("outbox publish failed, the sweep will retry: %s", e.getMessage());
        }
    }

    private void clean() {
        if (!acknowledged.isEmpty() && cleanQueued.compareAndSet(false, true)) {
            cleaner.execute(() -> {
                cleanQueued.set(false);
                deleteAcknowledged();
            });
        }
    }

    private void deleteAcknowledged() {
        List<Long> ids = new ArrayList<>();
        Long id;
        while (ids.size() < MAX_DELETE && (id = acknowledged.poll()) != null) {
            ids.add(id);
        }
        if (ids.isEmpty()) {
            return;
        }
        try {
            sweep.delete(ids);
            ids.forEach(inFlight::remove);
            clean();
        } catch (RuntimeException e) {
            acknowledged.addAll(ids); // the next clean tries again
            LOG.warnf("deleting %d published outbox rows failed, will retry: %s", ids.size(), e.getMessage());
        }
    }
}
