package io.modelcraft.agent.job.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcraft.agent.KafkaTestSupport;
import io.modelcraft.agent.ScriptedLlmServer;
import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.agent.job.Iteration;
import io.modelcraft.agent.job.JobStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The loop on the real broker and database, with the real LangChain4j client talking to the scripted
 * stand-in. Check results are the worker's own sample messages, captured from real PyMC checks.
 */
@QuarkusTest
@QuarkusTestResource(ScriptedLlmServer.class)
class AuthoringLoopTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ObjectMapper json;

    @Test
    void aFailedCheckIsFedBackAndAPassEndsTheJobOnceEvenWhenResultsArriveTwice() throws Exception {
        String jobId = submit(null);
        JsonNode firstRequest = compileRequests(jobId, 1).get(0);
        assertEquals(1, firstRequest.get("iteration").asInt());
        assertTrue(firstRequest.get("code").asText().contains("M=n1"));

        ObjectNode failed = checkResult("compile.completed.failed.json", firstRequest);
        deliver(jobId, failed);
        JsonNode secondRequest = compileRequests(jobId, 2).get(1);
        assertEquals(2, secondRequest.get("iteration").asInt());
        assertTrue(secondRequest.get("code").asText().contains("k=n1"));

        JsonNode secondLlmCall = llmRequestsFor(jobId).get(1);
        JsonNode messages = secondLlmCall.get("messages");
        String feedback = messages.get(messages.size() - 1).get("content").asText();
        assertTrue(feedback.contains("HyperGeometric.dist() missing 1 required positional argument: 'k'"), feedback);
        assertTrue(feedback.contains("At line 10"), feedback);
        assertEquals("assistant", messages.get(messages.size() - 2).get("role").asText());

        deliver(jobId, failed);
        ObjectNode passed = checkResult("compile.completed.passed.json", secondRequest);
        deliver(jobId, passed);
        deliver(jobId, passed);

        List<JsonNode> events = events(jobId, 4);
        assertEquals(List.of("STARTED", "ITERATION_RECORDED", "ITERATION_RECORDED", "FINISHED"),
                events.stream().map(e -> e.get("type").asText()).toList());
        assertEquals("SUCCEEDED", events.get(3).get("status").asText());
        assertEquals(secondRequest.get("code").asText(), events.get(3).get("finalCode").asText());
        assertEquals(4, KafkaTestSupport.read(KafkaTestSupport.topic("jobs.events"), jobId, 5, Duration.ofSeconds(3)).size(),
                "a duplicate check result must not announce anything again");
        assertEquals(2, compileRequests(jobId, 2).size());

        QuarkusTransaction.requiringNew().run(() -> {
            AuthoringJob job = AuthoringJob.findById(UUID.fromString(jobId));
            assertEquals(JobStatus.SUCCEEDED, job.status);
            assertEquals("v1", job.promptVersion);
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
        JsonNode request = compileRequests(jobId, 1).get(0);
        deliver(jobId, checkResult("compile.completed.failed.json", request));

        List<JsonNode> events = events(jobId, 3);
        JsonNode finished = events.get(2);
        assertEquals("FINISHED", finished.get("type").asText());
        assertEquals("FAILED", finished.get("status").asText());
        assertTrue(finished.get("failureReason").asText().contains("after 1 iterations"));
        assertTrue(finished.get("failureReason").asText().contains("TypeError"));
        assertEquals(1, llmRequestsFor(jobId).size());
    }

    private String submit(Integer maxIterations) throws Exception {
        String jobId = UUID.randomUUID().toString();
        ObjectNode request = sample("jobs.requested.json");
        request.put("jobId", jobId).put("eventId", UUID.randomUUID().toString());
        ((ObjectNode) request.get("options")).put("maxIterations", maxIterations);
        // The stand-in's script is chosen by text in the problem; the job id makes the LLM log attributable.
        request.put("problem", request.get("problem").asText() + " (test " + jobId + ")");
        KafkaTestSupport.send(KafkaTestSupport.topic("jobs.requested"), jobId, json.writeValueAsString(request));
        return jobId;
    }

    private ObjectNode checkResult(String sampleName, JsonNode compileRequest) throws Exception {
        ObjectNode result = sample(sampleName);
        result.put("jobId", compileRequest.get("jobId").asText())
                .put("requestEventId", compileRequest.get("eventId").asText())
                .put("iteration", compileRequest.get("iteration").asInt())
                .put("eventId", UUID.randomUUID().toString());
        return result;
    }

    private void deliver(String jobId, ObjectNode result) throws Exception {
        KafkaTestSupport.send(KafkaTestSupport.topic("compile.completed"), jobId, json.writeValueAsString(result));
    }

    private List<JsonNode> compileRequests(String jobId, int wanted) {
        return parse(KafkaTestSupport.read(KafkaTestSupport.topic("compile.requested"), jobId, wanted, WAIT));
    }

    private List<JsonNode> events(String jobId, int wanted) {
        return parse(KafkaTestSupport.read(KafkaTestSupport.topic("jobs.events"), jobId, wanted, WAIT));
    }

    private List<JsonNode> llmRequestsFor(String jobId) throws Exception {
        return Files.readAllLines(ScriptedLlmServer.requestLog()).stream().filter(line -> line.contains(jobId))
                .map(line -> read(line).get("request")).toList();
    }

    private List<JsonNode> parse(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> read(r.value())).toList();
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode sample(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            return (ObjectNode) json.readTree(in);
        }
    }
}
