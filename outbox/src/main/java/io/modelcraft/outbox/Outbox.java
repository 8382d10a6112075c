package io.modelcraft.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes outgoing messages in the caller's transaction. When that transaction commits, the rows just written
 * go to the relay as they are, so that publishing them costs no read-back; the relay's sweep still covers
 * whatever a crash leaves behind.
 */
@ApplicationScoped
public class Outbox {

    private static final Object COMMITTED_ROWS = Outbox.class;

    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.transactions = transactions;
        this.relay = relay;
    }

    /** Stores a message for {@code topic}, keyed by {@code key}; must run inside a transaction. */
    public void add(String topic, String key, String payload) {
        OutboxMessage row = OutboxMessage.of(topic, key, payload);
        row.persist();
        rowsOfThisTransaction().add(row);
    }

    @SuppressWarnings("unchecked")
    private List<OutboxMessage> rowsOfThisTransaction() {
        List<OutboxMessage> rows = (List<OutboxMessage>) transactions.getResource(COMMITTED_ROWS);
        if (rows == null) {
            List<OutboxMessage> written = new ArrayList<>();
            transactions.putResource(COMMITTED_ROWS, written);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        relay.publish(written);
                    }
                }
            });
            rows = written;
        }
        return rows;
    }
}
