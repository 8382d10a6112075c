package io.modelcraft.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the rows the commit hand-off did not: rows older than the sweep age, claimed a batch at a time in a
 * transaction with {@code FOR UPDATE SKIP LOCKED}, so that a sweep never takes a row another transaction holds, and
 * a row a crashed replica left is taken by the next sweep of any other; one replica's sweep at a time (an advisory
 * lock), so that a job's rows go out in order. A claimed row is deleted in the same
 * transaction once Kafka acknowledged it; a key whose send failed sends nothing more in that sweep, and stays held.
 */
@ApplicationScoped
public class OutboxSweep {

    private static final Logger LOG = Logger.getLogger(OutboxSweep.class);
    private static final int BATCH = 200;
    /** Hibernate's lock timeout for "skip the rows another transaction locked" ({@code LockOptions.SKIP_LOCKED}). */
    private static final int SKIP_LOCKED = -2;

    private final OutboxConfig config;
    /** The service's name: its replicas share it, and a sweep of one of them at a time holds the lock named by it. */
    private final String service;

    public OutboxSweep(OutboxConfig config, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.config = config;
        this.service = service;
    }

    /** One batch claimed and what became of it. */
    private record Batch(int claimed, long lastId) {
    }

    /**
     * Sends every row older than {@code age} that no other transaction holds and {@code inFlight} does not name, in
     * id order; updates {@code heldKeys}: keys whose send failed are added, held keys with no row left are released.
     */
    void publishPending(Duration age, Set<Long> inFlight, Set<String> heldKeys, Producer<String, String> producer) {
        Set<String> heldBefore = Set.copyOf(heldKeys);
        Set<String> failed = new HashSet<>();
        Instant cutoff = Instant.now().minus(age);
        try {
            long after = 0;
            Batch batch;
            do {
                long from = after;
                batch = QuarkusTransaction.requiringNew().call(() -> sendBatch(from, cutoff, inFlight, failed, producer));
                after = batch.lastId();
            } while (batch.claimed() == BATCH);
            heldKeys.addAll(failed);
            for (String key : heldBefore) {
                if (!failed.contains(key) && QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("key", key)) == 0) {
                    heldKeys.remove(key);
                }
            }
        } catch (RuntimeException e) {
            heldKeys.addAll(failed);
            LOG.warnf("outbox sweep failed, will retry on the next one: %s", e.getMessage());
        }
    }

    /** Deletes rows the commit hand-off saw acknowledged. */
    void delete(List<Long> ids) {
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.delete("id in ?1", ids));
    }

    /** Claims rows for this transaction: a sweep of another replica skips them until it ends. */
    static List<OutboxMessage> claim(long afterId, Instant cutoff, int limit) {
        return OutboxMessage.<OutboxMessage>find("id > ?1 and createdAt < ?2 order by id", afterId, cutoff)
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .page(0, limit).list();
    }

    private Batch sendBatch(long afterId, Instant cutoff, Set<Long> inFlight, Set<String> failed,
                            Producer<String, String> producer) {
        if (!sweepLock()) {
            return new Batch(0, afterId); // another replica sweeps now; its sweep keeps each job's rows in order
        }
        List<OutboxMessage> rows = claim(afterId, cutoff, BATCH);
        List<Long> sentIds = new ArrayList<>();
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        for (OutboxMessage row : rows) {
            if (inFlight.contains(row.id) || failed.contains(row.key)) {
                continue;
            }
            CompletableFuture<Void> ack = new CompletableFuture<>();
            try {
                producer.send(new ProducerRecord<>(row.topic, row.key, row.payload), (metadata, error) -> {
                    if (error == null) {
                        ack.complete(null);
                    } else {
                        ack.completeExceptionally(error);
                    }
                });
            } catch (RuntimeException e) {
                ack.completeExceptionally(e);
            }
            if (ack.isCompletedExceptionally()) {
                failed.add(row.key); // refused at once (too large, no metadata): its key's later rows wait
            }
            sentIds.add(row.id);
            acks.add(ack);
        }
        List<Long> acknowledged = awaitAcks(rows, sentIds, acks, failed);
        if (!acknowledged.isEmpty()) {
            OutboxMessage.delete("id in ?1", acknowledged);
        }
        return new Batch(rows.size(), rows.isEmpty() ? afterId : rows.get(rows.size() - 1).id);
    }

    /**
     * One sweep at a time among the service's replicas (a PostgreSQL advisory lock until the transaction ends): two
     * sweeps at once could send a job's later row while the other still waits for the earlier one.
     */
    private boolean sweepLock() {
        return (Boolean) OutboxMessage.getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "modelcraft.outbox.sweep:" + service).getSingleResult();
    }

    private List<Long> awaitAcks(List<OutboxMessage> rows, List<Long> sentIds, List<CompletableFuture<Void>> acks,
                                 Set<String> failed) {
        long deadline = System.nanoTime() + config.sweepSendTimeout().toNanos();
        List<Long> acknowledged = new ArrayList<>();
        for (int i = 0; i < acks.size(); i++) {
            long id = sentIds.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(id);
            } catch (ExecutionException | TimeoutException e) {
                String key = rows.stream().filter(row -> row.id == id).findFirst().map(row -> row.key).orElse(null);
                failed.add(key);
                LOG.warnf("outbox message %d not acknowledged, a later sweep will send it again: %s", id, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return acknowledged;
    }
}
