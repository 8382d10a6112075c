package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.config.GatewayConfig;
import io.modelcraft.gateway.job.JobFilter;
import io.modelcraft.gateway.job.JobStatus;
import io.modelcraft.gateway.problem.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Checks the query parameters of a listing; every refusal says which parameter and why. A parameter sent
 * empty ({@code ?status=}) reaches the resource as null and counts as not sent.
 */
@ApplicationScoped
public class JobListParams {

    private final GatewayConfig.Listing config;
    private final JobCursors cursors;

    public JobListParams(GatewayConfig config, JobCursors cursors) {
        this.config = config.listing();
        this.cursors = cursors;
    }

    JobListQuery parse(UUID tenantId, String status, String createdSince, String batch, String limit, String cursor) {
        JobFilter filter = new JobFilter(tenantId, status(status), createdSince(createdSince), batch(batch));
        return new JobListQuery(filter, cursor == null ? null : cursors.decode(cursor, filter), limit(limit));
    }

    private static JobStatus status(String status) {
        if (status == null) {
            return null;
        }
        return Arrays.stream(JobStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("\"status\" must be one of "
                        + Arrays.toString(JobStatus.values())));
    }

    private static UUID batch(String batch) {
        try {
            return batch == null ? null : UUID.fromString(batch);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("\"batch\" must be a batch id (a UUID)");
        }
    }

    private static Instant createdSince(String createdSince) {
        try {
            return createdSince == null ? null : Instant.parse(createdSince);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("\"createdSince\" must be an ISO-8601 instant such as"
                    + " 2026-01-31T09:00:00Z");
        }
    }

    private int limit(String limit) {
        String refusal = "\"limit\" must be a whole number from 1 to " + config.maxLimit();
        try {
            int value = limit == null ? config.defaultLimit() : Integer.parseInt(limit);
            if (value < 1 || value > config.maxLimit()) {
                throw new InvalidRequestException(refusal);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(refusal);
        }
    }
}
