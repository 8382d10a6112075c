package io.modelcraft.contracts;

import java.time.Instant;

/** Topic {@code compile.completed}, keyed by job id: the verdict of one check. */
public record CompileCompleted(int schemaVersion, String eventId, String requestEventId, String jobId,
                               int iteration, CheckResult result, long checkMillis, Instant occurredAt) {
    public static final int SCHEMA_VERSION = 1;

    /** Refuses a verdict its consumers cannot apply: another schema version, or no job or result. */
    public CompileCompleted requireSupported() {
        if (schemaVersion != SCHEMA_VERSION || jobId == null || result == null) {
            throw new IllegalArgumentException("unsupported compile result: schema version " + schemaVersion + ", job " + jobId);
        }
        return this;
    }
}
