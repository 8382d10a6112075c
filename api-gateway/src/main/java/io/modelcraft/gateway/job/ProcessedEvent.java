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

    /** Records the id; false if it was recorded before. Must run inside a transaction. */
    public static boolean firstTime(String eventId) {
        if (findById(eventId) != null) {
            return false;
        }
        ProcessedEvent seen = new ProcessedEvent();
        seen.eventId = eventId;
        seen.processedAt = Instant.now();
        seen.persist();
        return true;
    }
}
