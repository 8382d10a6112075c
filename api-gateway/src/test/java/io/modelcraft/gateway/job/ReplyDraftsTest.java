package io.modelcraft.gateway.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcraft.contracts.ReplyDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Drafts may arrive late or out of order; the newest call of the newest iteration is the one shown. */
class ReplyDraftsTest {

    private final UUID jobId = UUID.randomUUID();

    private ReplyDraft draft(int iteration, int call, String text) {
        return new ReplyDraft(ReplyDraft.SCHEMA_VERSION, UUID.randomUUID().toString(), jobId.toString(), iteration, call,
                text, Instant.now());
    }

    @Test
    void aLateDraftOfAnEarlierTurnOrCallDoesNotReplaceANewerOne() {
        ReplyDrafts drafts = new ReplyDrafts(Duration.ofMinutes(10));
        assertTrue(drafts.offer(draft(2, 1, "import pymc")));
        assertFalse(drafts.offer(draft(1, 1, "a much longer reply of the turn before")));
        assertFalse(drafts.offer(draft(2, 1, "impo")), "a shorter text of the same call came earlier");
        assertTrue(drafts.offer(draft(2, 2, "I")), "a retry starts its text again");
        assertEquals("I", drafts.of(jobId, 1).orElseThrow().text());
        assertTrue(drafts.of(jobId, 2).isEmpty(), "once iteration 2 is recorded, its draft is not shown");
    }

    @Test
    void aDraftHeardLongerAgoThanTheKeepTimeIsForgotten() throws InterruptedException {
        ReplyDrafts drafts = new ReplyDrafts(Duration.ofMillis(50));
        drafts.offer(draft(1, 1, "import pymc"));
        Thread.sleep(100);
        drafts.offer(new ReplyDraft(1, "e", UUID.randomUUID().toString(), 1, 1, "another job", Instant.now()));
        assertTrue(drafts.of(jobId, 0).isEmpty());
    }
}
