package io.modelcraft.agent.job.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcraft.agent.JobDriver;
import io.modelcraft.agent.ScriptedLlmServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prompts v4: after a repeated program the model is asked the problem afresh, with the failures and no programs. */
@QuarkusTest
@TestProfile(RestartOnRepeatTest.PromptsV4.class)
@QuarkusTestResource(ScriptedLlmServer.class)
class RestartOnRepeatTest {

    public static class PromptsV4 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("modelcraft.agent.prompt-version", "v4");
        }
    }

    @Test
    void theReAsksStartAgainFromTheProblemWithTheFailuresAndWithoutAnyProgram() throws Exception {
        String jobId = JobDriver.submit("[repeat: never changes]", r -> JobDriver.options(r).put("maxIterations", 2));
        JsonNode first = JobDriver.compileRequests(jobId, 1).get(0);
        JobDriver.deliver(jobId, JobDriver.checkResult("compile.completed.failed.json", first));
        assertEquals("FAILED", JobDriver.finished(jobId).get("status").asText());

        List<JsonNode> calls = JobDriver.llmRequestsFor(jobId);
        assertEquals(1 + 3, calls.size(), "turn 1, then turn 2 and its two re-asks");
        assertEquals(4, calls.get(1).get("messages").size(), "turn 2 itself still shows the last answer and its feedback");
        for (JsonNode restart : calls.subList(2, 4)) {
            JsonNode messages = restart.get("messages");
            assertEquals(2, messages.size(), restart.toString());
            assertEquals(0.9, restart.get("temperature").asDouble(), 1e-9);
            String asked = messages.get(1).get("content").asText();
            assertTrue(asked.startsWith("Problem:\n[repeat: never changes]"), asked);
            assertTrue(asked.contains("- attempt 1: run: TypeError: HyperGeometric.dist() missing 1 required positional argument"), asked);
            assertFalse(asked.contains("with pm.Model()") || asked.contains("pm.DiscreteUniform"), "no earlier program: " + asked);
        }
    }
}
