package io.modelcraft.gateway.job;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event id already applied; its presence makes a redelivery a no-op. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "processed_at")
    public Instant processedAt;

    /**
     * Records the id; false if it was recorded before. Must run inside a transaction. A duplicate consumed at the
     * same time (by another gateway) waits for the first one's transaction, and is false if that one commits.
     */
    public static boolean firstTime(String eventId) {
        return getEntityManager().createNativeQuery("insert into gateway.processed_event (event_id, processed_at)"
                        + " values (?1, ?2) on conflict do nothing")
                .setParameter(1, eventId).setParameter(2, Instant.now()).executeUpdate() == 1;
    }
}
