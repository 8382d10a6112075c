package io.modelcraft.contracts;

import java.time.Instant;
import java.util.Map;

/**
 * Topic {@code compile.requested}, keyed by job id: check the code of one iteration. {@code problem}, when not null, is
 * the text the code answers, and the check also holds the code to it. With {@code diagnostics}, a check that passes
 * then samples the model within the worker's diagnostics limits and its verdict carries the posterior's summary and
 * diagnostics ({@link CheckResult#posterior()}); absent in a message, it is false. {@code files}, when not null, are
 * data files by name (plain names, contents in base64) that the program finds in its working directory; the sandbox
 * refuses, with the reason in the verdict, a name with a directory or a file larger than a check may write.
 */
public record CompileRequested(int schemaVersion, String eventId, String jobId, int iteration,
                               String code, String problem, boolean diagnostics, Map<String, String> files,
                               Instant occurredAt) {
    public static final int SCHEMA_VERSION = 1;
}
