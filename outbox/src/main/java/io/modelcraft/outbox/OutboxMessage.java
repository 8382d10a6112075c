package io.modelcraft.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A Kafka message written in the same transaction as the change it announces; the relay sends it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_id")
    @SequenceGenerator(name = "outbox_message_id", sequenceName = "outbox_message_id_seq", allocationSize = 50)
    public Long id;
    public String topic;
    @Column(name = "message_key")
    public String key;
    public String payload;
    @Column(name = "created_at")
    public Instant createdAt;

    public static OutboxMessage of(String topic, String key, String payload) {
        OutboxMessage message = new OutboxMessage();
        message.topic = topic;
        message.key = key;
        message.payload = payload;
        message.createdAt = Instant.now();
        return message;
    }
}
