package io.modelcraft.agent.job;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/** One LLM turn of a job and, once it is back, the check of the code it produced. */
@Entity
// Updates write only the changed columns: the large texts (problem, messages, code) are written once.
@DynamicUpdate
@Table(name = "iteration")
public class Iteration extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "job_id")
    public UUID jobId;
    public int number;
    @Enumerated(EnumType.STRING)
    public IterationState state;
    @Column(name = "messages_json")
    public String messagesJson;
    /** What the loop asked the model on this turn, and why, for a person reading the job. */
    public String asked;
    public String response;
    public String code;
    @Column(name = "check_json")
    public String checkJson;
    @Column(name = "check_request_id")
    public String checkRequestId;
    @Column(name = "llm_millis")
    public long llmMillis;
    @Column(name = "check_millis")
    public Long checkMillis;
    @Column(name = "input_tokens")
    public Integer inputTokens;
    @Column(name = "output_tokens")
    public Integer outputTokens;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "checked_at")
    public Instant checkedAt;

    public static List<Iteration> ofJob(UUID jobId) {
        return list("jobId = ?1 order by number", jobId);
    }

    public static Optional<Iteration> find(UUID jobId, int number) {
        return find("jobId = ?1 and number = ?2", jobId, number).firstResultOptional();
    }
}
