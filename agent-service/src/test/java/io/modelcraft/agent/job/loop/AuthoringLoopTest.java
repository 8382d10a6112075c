package io.modelcraft.agent.job.loop;

import io.modelcraft.testing.KafkaTestSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcraft.agent.JobDriver;
import io.modelcraft.agent.ScriptedLlmServer;
import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.agent.job.Iteration;
import io.modelcraft.agent.job.JobStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The loop on the real broker and database, with the real LangChain4j client talking to the scripted
 * stand-in. Check results are the worker's own sample messages, captured from real PyMC checks.
 */
@QuarkusTest
@QuarkusTestResource(ScriptedLlmServer.class)
class AuthoringLoopTest {

    @Test
    void aFailedCheckIsFedBackAndAPassEndsTheJobOnceEvenWhenResultsArriveTwice() throws Exception {
        String jobId = submit(null);
        JsonNode firstRequest = JobDriver.compileRequests(jobId, 1).get(0);
        assertEquals(1, firstRequest.get("iteration").asInt());
        assertTrue(firstRequest.get("code").asText().contains("M=n1"));
        assertEquals(JobDriver.sample("jobs.requested.json").get("problem").asText() + " (test " + jobId + ")",
                firstRequest.get("problem").asText(), "the check holds the program to the job's problem");

        ObjectNode failed = JobDriver.checkResult("compile.completed.failed.json", firstRequest);
        JobDriver.deliver(jobId, failed);
        JsonNode secondRequest = JobDriver.compileRequests(jobId, 2).get(1);
        assertEquals(2, secondRequest.get("iteration").asInt());
        assertTrue(secondRequest.get("code").asText().contains("k=n1"));

        JsonNode secondLlmCall = JobDriver.llmRequestsFor(jobId).get(1);
        JsonNode messages = secondLlmCall.get("messages");
        String feedback = messages.get(messages.size() - 1).get("content").asText();
        assertTrue(feedback.contains("HyperGeometric.dist() missing 1 required positional argument: 'k'"), feedback);
        assertTrue(feedback.contains("At line 10"), feedback);
        assertEquals("assistant", messages.get(messages.size() - 2).get("role").asText());

        JobDriver.deliver(jobId, failed);
        ObjectNode passed = JobDriver.checkResult("compile.completed.passed.json", secondRequest);
        JobDriver.deliver(jobId, passed);
        JobDriver.deliver(jobId, passed);

        List<JsonNode> all = JobDriver.events(jobId, 8);
        List<JsonNode> events = JobDriver.withoutPhases(all);
        assertEquals(List.of("STARTED", "ITERATION_RECORDED", "ITERATION_RECORDED", "FINISHED"),
                events.stream().map(e -> e.get("type").asText()).toList());
        assertEquals(List.of("WRITING", "CHECKING", "WRITING", "CHECKING"), JobDriver.phases(all),
                "each turn says the model writes, then that its program is checked");
        assertEquals("SUCCEEDED", events.get(3).get("status").asText());
        assertEquals(secondRequest.get("code").asText(), events.get(3).get("finalCode").asText());
        assertEquals(8, KafkaTestSupport.read(KafkaTestSupport.topic("jobs.events"), jobId, 9, Duration.ofSeconds(3)).size(),
                "a duplicate check result must not announce anything again");
        assertEquals(2, JobDriver.compileRequests(jobId, 2).size());

        QuarkusTransaction.requiringNew().run(() -> {
            AuthoringJob job = AuthoringJob.findById(UUID.fromString(jobId));
            assertEquals(JobStatus.SUCCEEDED, job.status);
            assertEquals("v6", job.promptVersion, "the default prompt set");
            assertEquals(64, job.promptHash.length());
            List<Iteration> iterations = Iteration.ofJob(job.id);
            assertEquals(List.of(1, 2), iterations.stream().map(it -> it.number).toList());
            assertNotNull(iterations.get(0).inputTokens);
            assertTrue(iterations.get(0).checkJson.contains("TypeError"));
        });
    }

    @Test
    void aJobOutOfIterationsFailsWithTheLastError() throws Exception {
        String jobId = submit(1);
        JsonNode request = JobDriver.compileRequests(jobId, 1).get(0);
        JobDriver.deliver(jobId, JobDriver.checkResult("compile.completed.failed.json", request));

        List<JsonNode> events = JobDriver.withoutPhases(JobDriver.events(jobId, 5));
        JsonNode finished = events.get(2);
        assertEquals("FINISHED", finished.get("type").asText());
        assertEquals("FAILED", finished.get("status").asText());
        assertTrue(finished.get("failureReason").asText().contains("after 1 iterations"));
        assertTrue(finished.get("failureReason").asText().contains("TypeError"));
        assertEquals(1, JobDriver.llmRequestsFor(jobId).size());
    }

    private static String submit(Integer maxIterations) throws Exception {
        String problem = JobDriver.sample("jobs.requested.json").get("problem").asText();
        return JobDriver.submit(problem, request -> JobDriver.options(request).put("maxIterations", maxIterations));
    }
}
