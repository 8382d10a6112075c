package io.modelcraft.agent.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcraft.agent.JobDriver;
import io.modelcraft.agent.ScriptedLlmServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A provider that misbehaves (the scripted stand-in's faults, over real HTTP through the real LangChain4j
 * client): a passing fault is retried away and the job goes on; a lasting one fails the job with a reason.
 * The test profile shrinks the timeouts (see application.properties).
 */
@QuarkusTest
@QuarkusTestResource(ScriptedLlmServer.class)
class ProviderFailuresTest {

    @ParameterizedTest
    @CsvSource({"[fault: 429 then ok], 2", "[fault: 5xx then ok], 3", "[fault: slow then ok], 2",
            "[fault: stall then ok], 2", "[fault: malformed then ok], 2", "[fault: empty then ok], 2",
            "[fault: oversize then ok], 2"})
    void aPassingFaultIsRetriedAndTheJobGoesOn(String problem, int leastRequests) throws Exception {
        String jobId = JobDriver.submit(problem, request -> { });
        List<JsonNode> checks = JobDriver.compileRequests(jobId, 1);
        assertEquals(1, checks.size(), "the turn should have reached the check after the retries");
        assertEquals(1, checks.get(0).get("iteration").asInt());
        int requests = JobDriver.llmRequestsFor(jobId).size();
        assertTrue(requests >= leastRequests && requests <= leastRequests + 1, requests + " requests");
    }

    /** Three attempts at the boundary, each one streamed request (the extension's client does not retry a stream). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"[fault: always 500]|HTTP 500|3", "[fault: always 429]|HTTP 429|3",
            "[fault: always slow]|timed out|3", "[fault: always oversize]|over the limit of 100000 characters|3"})
    void aLastingFaultFailsTheJobWithAReason(String problem, String reasonPart, int leastRequests) throws Exception {
        String jobId = JobDriver.submit(problem, request -> { });
        JsonNode finished = JobDriver.finished(jobId);
        assertEquals("FAILED", finished.get("status").asText());
        String reason = finished.get("failureReason").asText();
        assertTrue(reason.startsWith("the LLM call failed after 3 attempts: "), reason);
        assertTrue(reason.contains(reasonPart), reason);
        int requests = JobDriver.llmRequestsFor(jobId).size();
        assertTrue(requests >= leastRequests && requests <= leastRequests + 1, requests + " requests");
        assertTrue(JobDriver.compileRequests(jobId, 1, java.time.Duration.ofSeconds(1)).isEmpty());
    }
}
