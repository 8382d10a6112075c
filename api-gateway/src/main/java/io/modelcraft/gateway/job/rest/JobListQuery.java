package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.job.JobFilter;
import io.modelcraft.gateway.job.JobPosition;

/** A checked {@code GET /api/v1/jobs}: the filters, where the page starts (null: the newest) and its size. */
record JobListQuery(JobFilter filter, JobPosition after, int limit) {
}
