package io.modelcraft.contracts;

import java.time.Instant;

/**
 * Topic {@code compile.requested}, keyed by job id: check the code of one iteration. {@code problem}, when not null, is
 * the text the code answers, and the check also holds the code to it. With {@code diagnostics}, a check that passes
 * then samples the model within the worker's diagnostics limits and its verdict carries the posterior's summary and
 * diagnostics ({@link CheckResult#posterior()}); absent in a message, it is false.
 */
public record CompileRequested(int schemaVersion, String eventId, String jobId, int iteration,
                               String code, String problem, boolean diagnostics, Instant occurredAt) {
    public static final int SCHEMA_VERSION = 1;
}
