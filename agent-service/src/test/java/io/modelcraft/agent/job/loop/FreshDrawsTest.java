package io.modelcraft.agent.job.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Prompts v8: every turn after a failed attempt asks the first question again, hotter, with its own seed. */
@QuarkusTest
@TestProfile(FreshDrawsTest.PromptsV8.class)
@QuarkusTestResource(ScriptedLlmServer.class)
class FreshDrawsTest {

    public static class PromptsV8 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("modelcraft.agent.prompt-version", "v8");
        }
    }

    @Test
    void eachTurnAfterAFailureIsANewDrawOfTheFirstQuestion() throws Exception {
        String jobId = JobDriver.submit("[fresh: new draws]", r -> JobDriver.options(r).put("maxIterations", 3));
        List<JsonNode> requests = JobDriver.compileRequests(jobId, 1);
        JobDriver.deliver(jobId, JobDriver.checkResult("compile.completed.failed.json", requests.get(0)));
        requests = JobDriver.compileRequests(jobId, 2);
        JobDriver.deliver(jobId, JobDriver.checkResult("compile.completed.failed.json", requests.get(1)));
        requests = JobDriver.compileRequests(jobId, 3);
        JobDriver.deliver(jobId, JobDriver.checkResult("compile.completed.failed.json", requests.get(2)));
        assertEquals("FAILED", JobDriver.finished(jobId).get("status").asText());

        List<JsonNode> calls = JobDriver.llmRequestsFor(jobId);
        assertEquals(3, calls.size(), calls.toString());
        assertTrue(calls.get(0).path("seed").isMissingNode(), "a first turn samples as configured: " + calls.get(0));
        for (int turn = 2; turn <= 3; turn++) {
            JsonNode call = calls.get(turn - 1);
            assertEquals(calls.get(0).get("messages"), call.get("messages"), "turn " + turn + " asks what turn 1 asked");
            assertEquals(0.7, call.get("temperature").asDouble(), 1e-9);
            assertEquals(turn, call.get("seed").asInt());
        }
        List<String> asked = JobDriver.events(jobId, Integer.MAX_VALUE, java.time.Duration.ofSeconds(2)).stream()
                .filter(e -> "ITERATION_RECORDED".equals(e.get("type").asText()))
                .map(e -> e.get("iteration").get("asked").asText()).toList();
        assertEquals("the problem", asked.get(0));
        assertTrue(asked.get(2).startsWith("the problem afresh, as a new draw (temperature 0.7, seed 3)"), asked.get(2));
        assertTrue(requests.get(1).get("code").asText().contains("lower=30"), "turn 2 sent the second draw");
        assertTrue(requests.get(2).get("code").asText().contains("lower=40"), "turn 3 sent the third draw");
    }
}
