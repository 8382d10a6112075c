package io.modelcraft.contracts;

import java.time.Instant;

/** Topic {@code compile.requested}, keyed by job id: check the code of one iteration. */
public record CompileRequested(int schemaVersion, String eventId, String jobId, int iteration,
                               String code, Instant occurredAt) {
    public static final int SCHEMA_VERSION = 1;
}
