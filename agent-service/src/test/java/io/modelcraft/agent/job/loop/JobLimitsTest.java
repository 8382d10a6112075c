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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A job's deadline and token budget, shrunk so that a test can reach them. */
@QuarkusTest
@TestProfile(JobLimitsTest.ShortLimits.class)
@QuarkusTestResource(ScriptedLlmServer.class)
class JobLimitsTest {

    public static class ShortLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("modelcraft.agent.job-deadline", "6s", "modelcraft.agent.max-tokens-per-job", "150");
        }
    }

    @Test
    void aJobWaitingPastItsDeadlineFailsWithThatReason() throws Exception {
        String jobId = JobDriver.submit("[steady]", r -> { });
        JobDriver.compileRequests(jobId, 1);
        JsonNode finished = JobDriver.finished(jobId);
        assertEquals("FAILED", finished.get("status").asText());
        assertEquals("the job passed its deadline of 6s", finished.get("failureReason").asText());
    }

    @Test
    void aJobThatSpentItsTokensEndsBeforeTheNextCall() throws Exception {
        String jobId = JobDriver.submit("[steady]", r -> { });
        JsonNode request = JobDriver.compileRequests(jobId, 1).get(0);
        JobDriver.deliver(jobId, JobDriver.checkResult("compile.completed.failed.json", request));
        JsonNode finished = JobDriver.finished(jobId);
        assertEquals("FAILED", finished.get("status").asText());
        assertTrue(finished.get("failureReason").asText().contains("its budget is 150 tokens"), finished.toString());
        assertEquals(1, JobDriver.llmRequestsFor(jobId).size());
    }
}
