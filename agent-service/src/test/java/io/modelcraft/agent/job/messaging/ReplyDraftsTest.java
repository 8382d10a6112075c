package io.modelcraft.agent.job.messaging;

import io.modelcraft.testing.KafkaTestSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.agent.JobDriver;
import io.modelcraft.agent.ScriptedLlmServer;
import io.modelcraft.contracts.ReplyDraft;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * While the model streams its reply (the stand-in writes it over 2 s), what it has written so far goes to
 * {@code jobs.drafts}, a few times a second: each draft the reply's start, growing, read as the gateway reads it.
 */
@QuarkusTest
@QuarkusTestResource(ScriptedLlmServer.class)
class ReplyDraftsTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void theReplyIsSentAsItGrows() throws Exception {
        String jobId = JobDriver.submit("[slow writer]", request -> { });
        JsonNode check = JobDriver.compileRequests(jobId, 1).get(0);
        List<ReplyDraft> drafts = KafkaTestSupport.read(KafkaTestSupport.topic("jobs.drafts"), jobId, 100,
                Duration.ofSeconds(3)).stream().map(record -> read(record.value())).toList();
        assertTrue(drafts.size() >= 2 && drafts.size() <= 8, drafts.size() + " drafts in 2 s at one per 500 ms");
        String before = "";
        for (ReplyDraft draft : drafts) {
            assertEquals(ReplyDraft.SCHEMA_VERSION, draft.schemaVersion());
            assertEquals(1, draft.iteration());
            assertEquals(1, draft.call());
            assertTrue(draft.text().startsWith(before) && draft.text().length() > before.length(),
                    "each draft goes on from the one before: " + draft.text());
            before = draft.text();
        }
        assertTrue(drafts.get(0).text().startsWith("A normal"), drafts.get(0).text());
        assertEquals(1, check.get("iteration").asInt(), "the streamed reply's program went to the check");
    }

    private ReplyDraft read(String value) {
        try {
            return json.readValue(value, ReplyDraft.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
