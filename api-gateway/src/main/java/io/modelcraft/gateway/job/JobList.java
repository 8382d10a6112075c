package io.modelcraft.gateway.job;

import io.modelcraft.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Jobs newest first, by keyset on (created at, id): one query per page, counts of iterations included
 * (a subquery on the iteration's unique (job, number) index), problem texts cut in the database.
 */
@ApplicationScoped
public class JobList {

    private final EntityManager em;
    private final int previewChars;

    public JobList(EntityManager em, GatewayConfig config) {
        this.em = em;
        this.previewChars = config.listing().problemPreviewChars();
    }

    /** Up to {@code limit} jobs matching {@code filter} that come after {@code after} (null: from the newest). */
    public List<JobSummary> newestFirst(JobFilter filter, JobPosition after, int limit) {
        List<String> where = new ArrayList<>();
        where.add("j.tenantId = :tenant");
        if (filter.status() != null) {
            where.add("j.status = :status");
        }
        if (filter.createdSince() != null) {
            where.add("j.createdAt >= :since");
        }
        if (filter.batchId() != null) {
            where.add("j.batchId = :batch");
        }
        if (after != null) {
            where.add("(j.createdAt, j.id) < (:afterCreatedAt, :afterId)");
        }
        String condition = String.join(" and ", where);
        TypedQuery<Object[]> query = em.createQuery("select j.id, j.status, substring(j.problem, 1, :cut),"
                + " j.createdAt, j.updatedAt, j.finishedAt,"
                + " (select count(*) from JobIteration i where i.jobId = j.id), j.batchId, j.problemKey from Job j"
                + " where " + condition
                + " order by j.createdAt desc, j.id desc", Object[].class)
                .setParameter("cut", previewChars + 1)
                .setMaxResults(limit)
                .setParameter("tenant", filter.tenantId());
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.createdSince() != null) {
            query.setParameter("since", filter.createdSince());
        }
        if (filter.batchId() != null) {
            query.setParameter("batch", filter.batchId());
        }
        if (after != null) {
            query.setParameter("afterCreatedAt", after.createdAt()).setParameter("afterId", after.id());
        }
        return query.getResultList().stream().map(this::summary).toList();
    }

    private JobSummary summary(Object[] row) {
        return new JobSummary((UUID) row[0], (JobStatus) row[1], preview((String) row[2]), (Instant) row[3],
                (Instant) row[4], (Instant) row[5], ((Number) row[6]).longValue(), (UUID) row[7], (String) row[8]);
    }

    private String preview(String problem) {
        if (problem.codePointCount(0, problem.length()) <= previewChars) {
            return problem;
        }
        return problem.substring(0, problem.offsetByCodePoints(0, previewChars)) + "…";
    }
}
