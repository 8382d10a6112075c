package io.modelcraft.contracts;

import java.time.Instant;

/**
 * Topic {@code jobs.drafts}, keyed by job id: what the model has written so far of the reply for a job's
 * iteration, sent while it writes, at most every few hundred milliseconds. {@code call} counts the model calls
 * of the turn (a retry or a second ask starts a new text); {@code text} is the whole text so far, so a draft
 * that is lost costs nothing but a glimpse. Drafts are not stored: the iteration on {@code jobs.events} is the record.
 */
public record ReplyDraft(int schemaVersion, String eventId, String jobId, int iteration, int call, String text,
                         Instant occurredAt) {
    public static final int SCHEMA_VERSION = 1;
}
