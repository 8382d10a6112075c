package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.job.JobSummary;
import java.util.List;

/** One page of a listing; {@code nextCursor} fetches the next and is null on the last page. */
public record JobPage(List<JobSummary> items, String nextCursor) {
}
