package io.modelcraft.gateway.job;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The gateway's copy of one iteration of a job, as the agent announced it. */
@Entity
@Table(name = "job_iteration")
public class JobIteration extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "job_id")
    public UUID jobId;
    public int number;
    /** What the loop asked the model on this turn, and why (null for iterations from before it was said). */
    public String asked;
    @Column(name = "messages_json")
    public String messagesJson;
    public String response;
    public String code;
    @Column(name = "check_json")
    public String checkJson;
    @Column(name = "llm_millis")
    public long llmMillis;
    @Column(name = "check_millis")
    public Long checkMillis;
    @Column(name = "input_tokens")
    public Integer inputTokens;
    @Column(name = "output_tokens")
    public Integer outputTokens;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static List<JobIteration> ofJob(UUID jobId) {
        return list("jobId = ?1 order by number", jobId);
    }
}
