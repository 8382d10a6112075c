package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.job.JobList;
import io.modelcraft.gateway.job.JobPosition;
import io.modelcraft.gateway.job.JobSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Serves a listing a page at a time: one row more than asked tells whether a next page exists. */
@ApplicationScoped
public class JobPages {

    private final JobList jobs;
    private final JobCursors cursors;

    public JobPages(JobList jobs, JobCursors cursors) {
        this.jobs = jobs;
        this.cursors = cursors;
    }

    JobPage page(JobListQuery query) {
        List<JobSummary> rows = jobs.newestFirst(query.filter(), query.after(), query.limit() + 1);
        if (rows.size() <= query.limit()) {
            return new JobPage(rows, null);
        }
        List<JobSummary> items = rows.subList(0, query.limit());
        JobSummary last = items.get(items.size() - 1);
        return new JobPage(items, cursors.encode(new JobPosition(last.createdAt(), last.id()), query.filter()));
    }
}
