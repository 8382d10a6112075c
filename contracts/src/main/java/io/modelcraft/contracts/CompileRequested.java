package io.modelcraft.contracts;

import java.time.Instant;

/**
 * Topic {@code compile.requested}, keyed by job id: check the code of one iteration. {@code problem}, when not null, is
 * the text the code answers, and the check also holds the code to it.
 */
public record CompileRequested(int schemaVersion, String eventId, String jobId, int iteration,
                               String code, String problem, Instant occurredAt) {
    public static final int SCHEMA_VERSION = 1;
}
