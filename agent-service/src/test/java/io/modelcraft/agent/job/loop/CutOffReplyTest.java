package io.modelcraft.agent.job.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcraft.agent.JobDriver;
import io.modelcraft.agent.ScriptedLlmServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reply the provider stopped at its token limit (finish_reason "length") holds an unfinished program: it is
 * stored with the loop's own verdict, never checked, and the next turn asks for a program.
 */
@QuarkusTest
@QuarkusTestResource(ScriptedLlmServer.class)
class CutOffReplyTest {

    @Test
    void aReplyCutOffAtTheTokenLimitIsNotCheckedAndTheNextTurnFollows() throws Exception {
        String jobId = JobDriver.submit("[fault: cut off then ok]", request -> { });
        List<JsonNode> checks = JobDriver.compileRequests(jobId, 1);
        assertEquals(1, checks.size());
        assertEquals(2, checks.get(0).get("iteration").asInt(), "the cut-off attempt 1 was never sent to the check");

        List<JsonNode> recorded = JobDriver.events(jobId, 1, Duration.ofSeconds(10)).stream()
                .filter(e -> "ITERATION_RECORDED".equals(e.get("type").asText())).toList();
        JsonNode first = recorded.get(0).get("iteration");
        assertEquals(1, first.get("number").asInt());
        assertTrue(first.get("code").isNull(), "an unfinished program is not kept as the attempt's program");
        assertEquals("ReplyCutOff", first.get("check").get("error").get("type").asText());
        assertTrue(first.get("check").get("error").get("message").asText()
                .startsWith("the reply was cut off at the model's token limit ("), first.toString());
        assertTrue(first.get("response").asText().contains("```python"), "the partial reply is kept for the reader");

        JobDriver.deliver(jobId, JobDriver.checkResult("compile.completed.passed.json", checks.get(0)));
        assertEquals("SUCCEEDED", JobDriver.finished(jobId).get("status").asText());
        JsonNode second = JobDriver.events(jobId, Integer.MAX_VALUE, Duration.ofSeconds(2)).stream()
                .filter(e -> "ITERATION_RECORDED".equals(e.get("type").asText()))
                .map(e -> e.get("iteration")).filter(it -> it.get("number").asInt() == 2).findFirst().orElseThrow();
        assertEquals("a program: attempt 1's reply was cut off at the token limit", second.get("asked").asText());
    }
}
