package io.modelcraft.agent.job.loop;

import io.modelcraft.testing.KafkaTestSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcraft.agent.JobDriver;
import io.modelcraft.agent.ScriptedLlmServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a job may choose (model, warning turns), cancellation and follow-ups, on the real broker, database and client. */
@QuarkusTest
@QuarkusTestResource(ScriptedLlmServer.class)
class JobOptionsTest {

    @Test
    void aJobUsesTheAllowedModelItChoseAndAnnouncesItsSetup() throws Exception {
        String jobId = JobDriver.submit("[steady]", r -> JobDriver.options(r).put("model", "scripted-large"));
        JobDriver.compileRequests(jobId, 1);
        assertEquals("scripted-large", JobDriver.llmRequestsFor(jobId).get(0).get("model").asText());
        JsonNode setup = JobDriver.events(jobId, 1).get(0).get("setup");
        assertEquals("openai", setup.get("provider").asText());
        assertEquals("scripted-large", setup.get("model").asText());
        assertEquals("v6", setup.get("promptVersion").asText());
    }

    @Test
    void aModelTheOperatorDoesNotAllowFailsTheJobWithoutAnyCall() throws Exception {
        String jobId = JobDriver.submit("[steady]", r -> JobDriver.options(r).put("provider", "openai").put("model", "gpt-9"));
        JsonNode finished = JobDriver.finished(jobId);
        assertEquals("FAILED", finished.get("status").asText());
        assertTrue(finished.get("failureReason").asText().contains("openai:gpt-9 is not allowed"));
        assertTrue(JobDriver.llmRequestsFor(jobId).isEmpty());
    }

    @Test
    void anthropicIsCalledThroughItsOwnApi() throws Exception {
        String jobId = JobDriver.submit("[steady]", r -> JobDriver.options(r).put("provider", "anthropic").putNull("model"));
        JsonNode request = JobDriver.compileRequests(jobId, 1).get(0);
        assertTrue(request.get("code").asText().contains("pm.Normal"));
        JsonNode call = JobDriver.llmRequestsFor(jobId).get(0);
        assertEquals("claude-scripted", call.get("model").asText());
        assertTrue(call.get("system").toString().contains("PyMC 6"), "the system prompt travels apart in Anthropic's API");
    }

    @Test
    void warningsCostAnotherTurnWhenTheJobAsksAndTheLastPassEnds() throws Exception {
        String jobId = JobDriver.submit("[steady]", r -> JobDriver.options(r).put("retryOnWarnings", true).put("maxIterations", 2));
        JsonNode first = JobDriver.compileRequests(jobId, 1).get(0);
        JobDriver.deliver(jobId, JobDriver.checkResult("compile.completed.passed.json", first));
        JsonNode second = JobDriver.compileRequests(jobId, 2).get(1);
        JsonNode messages = JobDriver.llmRequestsFor(jobId).get(1).get("messages");
        String ask = messages.get(messages.size() - 1).get("content").asText();
        assertTrue(ask.contains("passed the check") && ask.contains("discrete"), ask);

        JobDriver.deliver(jobId, JobDriver.checkResult("compile.completed.passed.json", second));
        JsonNode finished = JobDriver.finished(jobId);
        assertEquals("SUCCEEDED", finished.get("status").asText());
        assertEquals(2, JobDriver.llmRequestsFor(jobId).size());
    }

    @Test
    void aJobWithDiagnosticsAsksForThemOnEveryCheckAndItsDiagnosticWarningsCostATurn() throws Exception {
        String jobId = JobDriver.submit("[steady]", r -> JobDriver.options(r).put("diagnostics", true)
                .put("retryOnWarnings", true).put("maxIterations", 2));
        JsonNode first = JobDriver.compileRequests(jobId, 1).get(0);
        assertTrue(first.get("diagnostics").asBoolean(), first.toString());
        assertTrue(JobDriver.events(jobId, 1).get(0).get("setup").get("diagnostics").asBoolean());
        JobDriver.deliver(jobId, JobDriver.checkResult("compile.completed.diagnosed.json", first));

        JsonNode second = JobDriver.compileRequests(jobId, 2).get(1);
        assertTrue(second.get("diagnostics").asBoolean());
        JsonNode messages = JobDriver.llmRequestsFor(jobId).get(1).get("messages");
        String ask = messages.get(messages.size() - 1).get("content").asText();
        assertTrue(ask.contains("R-hat 1.041 for `N` (line 9)") && ask.contains("ESS 138 for `N`"), ask);
    }

    @Test
    void aJobWithoutDiagnosticsDoesNotAskForThem() throws Exception {
        String jobId = JobDriver.submit("[steady]", r -> { });
        JsonNode first = JobDriver.compileRequests(jobId, 1).get(0);
        assertFalse(first.get("diagnostics").asBoolean(), first.toString());
        assertFalse(JobDriver.events(jobId, 1).get(0).get("setup").get("diagnostics").asBoolean());
    }

    @Test
    void aCancelledJobMakesNoFurtherCallsEvenWhenItsReplyArrivesLate() throws Exception {
        String jobId = JobDriver.submit("[slow steady]", r -> { });
        cancel(jobId);
        JsonNode finished = JobDriver.finished(jobId);
        assertEquals("CANCELLED", finished.get("status").asText());
        assertEquals("cancelled by the test", finished.get("failureReason").asText());
        Thread.sleep(2500);
        assertTrue(JobDriver.compileRequests(jobId, 1, Duration.ofSeconds(1)).isEmpty(), "the late reply must be dropped");
        assertTrue(JobDriver.llmRequestsFor(jobId).size() <= 1);
    }

    @Test
    void aCancelledJobIgnoresTheCheckThatWasUnderWay() throws Exception {
        String jobId = JobDriver.submit("[steady]", r -> { });
        JsonNode request = JobDriver.compileRequests(jobId, 1).get(0);
        cancel(jobId);
        JobDriver.finished(jobId);
        JobDriver.deliver(jobId, JobDriver.checkResult("compile.completed.failed.json", request));
        List<JsonNode> events = JobDriver.withoutPhases(JobDriver.events(jobId, 6, Duration.ofSeconds(5)));
        assertEquals(List.of("STARTED", "FINISHED", "ITERATION_RECORDED"), events.stream().map(e -> e.get("type").asText()).toList());
        assertEquals(1, JobDriver.llmRequestsFor(jobId).size());
    }

    @Test
    void aFollowUpContinuesTheParentsConversationAsANewJob() throws Exception {
        String parentId = JobDriver.submit("[steady]", r -> { });
        JsonNode request = JobDriver.compileRequests(parentId, 1).get(0);
        JobDriver.deliver(parentId, JobDriver.checkResult("compile.completed.passed.json", request));
        assertEquals("SUCCEEDED", JobDriver.finished(parentId).get("status").asText());

        String childId = JobDriver.submit("[steady]", r -> r.putObject("followUp").put("parentJobId", parentId)
                .put("message", "use a Student-t likelihood instead"));
        JsonNode childRequest = JobDriver.compileRequests(childId, 1).get(0);
        assertEquals(1, childRequest.get("iteration").asInt());
        assertFalse(childRequest.hasNonNull("problem"), "a follow-up may change the problem: its check is not held to it");
        JsonNode messages = JobDriver.llmRequestsFor("use a Student-t likelihood instead").get(0).get("messages");
        assertEquals(List.of("system", "user", "assistant", "user"),
                java.util.stream.StreamSupport.stream(messages.spliterator(), false).map(m -> m.get("role").asText()).toList());
        assertTrue(messages.get(1).get("content").asText().contains(parentId), "the parent's problem comes first");
        assertTrue(messages.get(2).get("content").asText().contains("pm.Normal"), "then the parent's answer");
        assertTrue(messages.get(3).get("content").asText().contains("use a Student-t likelihood instead"));
        assertEquals(parentId, JobDriver.events(childId, 1).get(0).get("setup").get("parentJobId").asText());
    }

    @Test
    void aFollowUpOfARunningJobIsRefused() throws Exception {
        String parentId = JobDriver.submit("[steady]", r -> { });
        JobDriver.compileRequests(parentId, 1);
        String childId = JobDriver.submit("[steady]", r -> r.putObject("followUp").put("parentJobId", parentId)
                .put("message", "add a hierarchical level"));
        JsonNode finished = JobDriver.finished(childId);
        assertEquals("FAILED", finished.get("status").asText());
        assertTrue(finished.get("failureReason").asText().contains("still running"));
    }

    private static void cancel(String jobId) throws Exception {
        ObjectNode request = JobDriver.sample("jobs.cancel-requested.json");
        request.put("jobId", jobId).put("eventId", UUID.randomUUID().toString()).put("reason", "cancelled by the test");
        KafkaTestSupport.send(KafkaTestSupport.topic("jobs.cancel-requested"), jobId, request.toString());
    }
}
