package io.modelcraft.gateway.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Reads, in one query, where every problem of a batch stands. */
@ApplicationScoped
public class BatchOutcomes {

    private final EntityManager em;

    public BatchOutcomes(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<ProblemOutcome> of(UUID batchId) {
        List<Object[]> rows = em.createNativeQuery("select j.problem_key, cast(j.id as varchar), j.status,"
                + " count(i.id), coalesce(sum(coalesce(i.input_tokens, 0) + coalesce(i.output_tokens, 0)), 0),"
                + " case when j.status in ('SUCCEEDED', 'FAILED', 'CANCELLED')"
                + " then cast(extract(epoch from (j.finished_at - j.created_at)) * 1000 as bigint) end"
                + " from gateway.job j left join gateway.job_iteration i on i.job_id = j.id where j.batch_id = :batch"
                + " group by j.id order by j.created_at, j.id").setParameter("batch", batchId).getResultList();
        return rows.stream().map(r -> new ProblemOutcome((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), ((Number) r[4]).longValue(), r[5] == null ? null : ((Number) r[5]).longValue()))
                .toList();
    }
}
