package io.modelcraft.agent.job.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcraft.agent.JobDriver;
import io.modelcraft.agent.ScriptedLlmServer;
import io.modelcraft.agent.job.Iteration;
import io.modelcraft.agent.job.IterationState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Prompts v3: a resent program is never checked twice; the model is asked again, hotter, in the same turn. */
@QuarkusTest
@TestProfile(RepeatedProgramTest.PromptsV3.class)
@QuarkusTestResource(ScriptedLlmServer.class)
class RepeatedProgramTest {

    public static class PromptsV3 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("modelcraft.agent.prompt-version", "v3");
        }
    }

    @Test
    void aRepeatedProgramIsAskedForAgainAtAHigherTemperatureAndOnlyTheNewOneIsChecked() throws Exception {
        String jobId = JobDriver.submit("[repeat: changed on the second ask]", r -> { });
        JsonNode first = JobDriver.compileRequests(jobId, 1).get(0);
        JobDriver.deliver(jobId, JobDriver.checkResult("compile.completed.failed.json", first));

        List<JsonNode> requests = JobDriver.compileRequests(jobId, 2);
        assertEquals(2, requests.size());
        assertTrue(requests.get(1).get("code").asText().contains("k=23"), requests.get(1).toString());

        List<JsonNode> calls = JobDriver.llmRequestsFor(jobId);
        assertEquals(3, calls.size(), "turn 1, turn 2, and turn 2 asked again");
        assertFalse(calls.get(1).has("temperature") && calls.get(1).get("temperature").asDouble() == 0.9);
        assertEquals(0.9, calls.get(2).get("temperature").asDouble(), 1e-9);
        JsonNode messages = calls.get(2).get("messages");
        String repeatPrompt = messages.get(messages.size() - 1).get("content").asText();
        assertTrue(repeatPrompt.contains("same program as attempt 1"), repeatPrompt);
        assertTrue(repeatPrompt.contains("HyperGeometric.dist() missing 1 required positional argument"), repeatPrompt);
        String feedback = calls.get(1).get("messages").get(3).get("content").asText();
        assertTrue(feedback.contains("At line 10"), feedback);
        assertEquals(4, calls.get(1).get("messages").size(), "v3 sends the problem, the last answer and its feedback");

        QuarkusTransaction.requiringNew().run(() -> {
            Iteration second = Iteration.find(UUID.fromString(jobId), 2).orElseThrow();
            assertEquals(IterationState.AWAITING_CHECK, second.state);
            assertTrue(second.messagesJson.contains("same program as attempt 1"), "the iteration records the re-ask");
            assertTrue(second.response.contains("k=23"));
        });
    }

    @Test
    void aProgramStillRepeatedAfterTheReAsksIsRecordedUncheckedAndCostsAnIteration() throws Exception {
        String jobId = JobDriver.submit("[repeat: never changes]", r -> JobDriver.options(r).put("maxIterations", 2));
        JsonNode first = JobDriver.compileRequests(jobId, 1).get(0);
        JobDriver.deliver(jobId, JobDriver.checkResult("compile.completed.failed.json", first));

        JsonNode finished = JobDriver.finished(jobId);
        assertEquals("FAILED", finished.get("status").asText());
        assertTrue(finished.get("failureReason").asText().contains("RepeatedProgram"), finished.toString());
        assertEquals(1, JobDriver.compileRequests(jobId, 2, Duration.ofSeconds(3)).size(),
                "the repeated program is not sent to the checker");
        assertEquals(1 + 3, JobDriver.llmRequestsFor(jobId).size(), "turn 1, then turn 2 and its two re-asks");
        List<JsonNode> recorded = JobDriver.events(jobId, Integer.MAX_VALUE, Duration.ofSeconds(3)).stream()
                .filter(e -> e.get("type").asText().equals("ITERATION_RECORDED")).toList();
        assertEquals("repeat", recorded.get(1).get("iteration").get("check").get("stage").asText());
    }
}
