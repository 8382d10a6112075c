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

/** Prompts v7: turn 2 repairs the first answer, turn 3 asks the problem afresh with the failures and no program. */
@QuarkusTest
@TestProfile(RestartEveryTest.PromptsV7.class)
@QuarkusTestResource(ScriptedLlmServer.class)
class RestartEveryTest {

    public static class PromptsV7 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("modelcraft.agent.prompt-version", "v7");
        }
    }

    @Test
    void theThirdTurnStartsAgainFromTheProblemAfterTheSecondRepairedTheFirst() throws Exception {
        String jobId = JobDriver.submit("[restart: on schedule]", r -> JobDriver.options(r).put("maxIterations", 3));
        List<JsonNode> requests = JobDriver.compileRequests(jobId, 1);
        JobDriver.deliver(jobId, JobDriver.checkResult("compile.completed.failed.json", requests.get(0)));
        requests = JobDriver.compileRequests(jobId, 2);
        JobDriver.deliver(jobId, JobDriver.checkResult("compile.completed.failed.json", requests.get(1)));
        JobDriver.finished(jobId);

        List<JsonNode> calls = JobDriver.llmRequestsFor(jobId);
        assertEquals(4, calls.get(1).get("messages").size(), "turn 2 shows the last answer and its feedback");
        JsonNode fresh = calls.get(2).get("messages");
        assertEquals(2, fresh.size(), calls.get(2).toString());
        assertEquals(calls.get(0).path("temperature"), calls.get(2).path("temperature"),
                "asked at the temperature of a first turn, not a repeat's");
        String asked = fresh.get(1).get("content").asText();
        assertTrue(asked.startsWith("Problem:\n[restart: on schedule]"), asked);
        assertTrue(asked.contains("Start again from the problem"), asked);
        assertTrue(asked.contains("- attempt 1: run: TypeError: HyperGeometric.dist() missing 1 required positional argument"), asked);
        assertFalse(asked.contains("with pm.Model()"), "no earlier program: " + asked);
    }
}
