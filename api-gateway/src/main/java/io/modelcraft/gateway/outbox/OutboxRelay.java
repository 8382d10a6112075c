package io.modelcraft.gateway.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
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
 * Publishes committed outbox rows: the rows of each commit as soon as it is done (see {@link Outbox}), and on a
 * schedule whatever is still in the table (a crash, a broker outage). One thread hands the rows to the channel's
 * Kafka producer in commit order without waiting for each acknowledgement; another deletes the rows Kafka
 * acknowledged, many at a time. A row is deleted only once acknowledged, so a crash can repeat a message
 * (consumers are idempotent) but never lose one.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CHANNEL = "outbox";
    private static final int BATCH = 200;
    private static final int MAX_DELETE = 2_000;
    private static final int REMEMBERED_SWEPT_IDS = 10_000;

    private final KafkaClientService kafka;
    private final OutboxConfig config;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final ExecutorService cleaner = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-cleaner"));
    private final AtomicBoolean sweepQueued = new AtomicBoolean();
    private final AtomicBoolean cleanQueued = new AtomicBoolean();
    /** Rows handed to Kafka and not yet deleted: a sweep leaves them alone. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final Queue<Long> acknowledged = new ConcurrentLinkedQueue<>();
    /** Rows a sweep sent before their own commit's hand-off ran; only the sender thread touches it. */
    private final Set<Long> sweptAhead = new HashSet<>();

    /** The emitter is never called: it is what makes SmallRye create the channel whose producer this relay uses. */
    public OutboxRelay(@Channel(CHANNEL) MutinyEmitter<String> channel, KafkaClientService kafka, OutboxConfig config) {
        this.kafka = kafka;
        this.config = config;
    }

    /** Publishes rows of a transaction that just committed. */
    void publish(List<OutboxMessage> committed) {
        if (!config.publishing()) {
            return;
        }
        sender.execute(() -> send(committed.stream().filter(row -> !sweptAhead.remove(row.id)).toList()));
    }

    @Scheduled(every = "${modelcraft.outbox.sweep-interval:2s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        if (config.publishing() && sweepQueued.compareAndSet(false, true)) {
            sender.execute(() -> {
                sweepQueued.set(false);
                publishPending();
            });
        }
        clean();
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
        cleaner.shutdownNow();
    }

    void publishPending() {
        try {
            long after = 0;
            List<OutboxMessage> page;
            do {
                long from = after;
                // Taken before the read: a row in flight then may be acknowledged, deleted and out of inFlight by the
                // time the read returns it. Only this thread adds to inFlight, so the copy misses nothing newer.
                Set<Long> inFlightBeforeRead = Set.copyOf(inFlight);
                page = QuarkusTransaction.requiringNew().call(() ->
                        OutboxMessage.<OutboxMessage>find("id > ?1 order by id", from).page(0, BATCH).list());
                if (sweptAhead.size() > REMEMBERED_SWEPT_IDS) {
                    sweptAhead.clear();
                }
                List<OutboxMessage> unsent = page.stream().filter(row -> !inFlightBeforeRead.contains(row.id)).toList();
                unsent.forEach(row -> sweptAhead.add(row.id));
                send(unsent);
                after = page.isEmpty() ? after : page.get(page.size() - 1).id;
            } while (page.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("outbox sweep failed, will retry on the next one: %s", e.getMessage());
        }
    }

    private void send(List<OutboxMessage> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int handedOver = 0;
        try {
            Producer<String, String> producer = kafka.<String, String>getProducer(CHANNEL).unwrap();
            for (OutboxMessage row : rows) {
                inFlight.add(row.id);
                producer.send(new ProducerRecord<>(row.topic, row.key, row.payload), (metadata, error) -> {
                    if (error == null) {
                        acknowledged.add(row.id);
                        clean();
                    } else {
                        inFlight.remove(row.id);
                        LOG.warnf("outbox message %d not acknowledged, the sweep will send it again: %s", row.id,
                                error.getMessage());
                    }
                });
                handedOver++;
            }
        } catch (RuntimeException e) {
            // Rows already handed over are Kafka's; the rest, in order, wait for the next sweep.
            rows.subList(handedOver, rows.size()).forEach(row -> inFlight.remove(row.id));
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
            QuarkusTransaction.requiringNew().run(() -> OutboxMessage.delete("id in ?1", ids));
            ids.forEach(inFlight::remove);
            clean();
        } catch (RuntimeException e) {
            acknowledged.addAll(ids); // the next sweep tries again
            LOG.warnf("deleting %d published outbox rows failed, will retry: %s", ids.size(), e.getMessage());
        }
    }
}
