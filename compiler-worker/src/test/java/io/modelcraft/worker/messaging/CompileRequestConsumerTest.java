package io.modelcraft.worker.messaging;

import io.modelcraft.testing.KafkaTestSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcraft.contracts.CheckResult;
import io.modelcraft.contracts.CheckWarning;
import io.modelcraft.contracts.CompileCompleted;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The worker against the real broker and real PyMC, fed the agent's own sample request. */
@QuarkusTest
class CompileRequestConsumerTest {

    @Inject
    ObjectMapper json;

    private ObjectNode sampleRequest(String jobId) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/samples/compile.requested.json")) {
            ObjectNode request = (ObjectNode) json.readTree(in);
            request.put("jobId", jobId).put("eventId", UUID.randomUUID().toString());
            return request;
        }
    }

    @Test
    void checksTheSampleRequestWithRealPymcAndPublishesTheVerdict() throws Exception {
        String jobId = UUID.randomUUID().toString();
        ObjectNode request = sampleRequest(jobId);
        KafkaTestSupport.send(KafkaTestSupport.topic("compile.requested"), jobId, json.writeValueAsString(request));

        List<ConsumerRecord<String, String>> results = KafkaTestSupport.read(
                KafkaTestSupport.topic("compile.completed"), jobId, 1, Duration.ofSeconds(90));
        assertEquals(1, results.size());
        CompileCompleted completed = json.readValue(results.get(0).value(), CompileCompleted.class);
        assertEquals(request.get("eventId").asText(), completed.requestEventId());
        assertEquals(1, completed.iteration());
        assertFalse(completed.result().ok());
        assertEquals("run", completed.result().stage());
        assertEquals("TypeError", completed.result().error().type());
        assertTrue(completed.result().error().message().contains("HyperGeometric"), completed.result().error().message());
        assertEquals(10, completed.result().error().line());
        assertEquals("6.4.0", completed.result().versions().get("pymc"));
    }

    @Test
    void withDiagnosticsAPassingCheckSamplesTheModelAndReportsItsDiagnostics() throws Exception {
        String jobId = UUID.randomUUID().toString();
        ObjectNode request = sampleRequest(jobId);
        request.put("code", request.get("code").asText().replace("M=n1", "k=n1")).put("diagnostics", true);
        KafkaTestSupport.send(KafkaTestSupport.topic("compile.requested"), jobId, json.writeValueAsString(request));

        List<ConsumerRecord<String, String>> results = KafkaTestSupport.read(
                KafkaTestSupport.topic("compile.completed"), jobId, 1, Duration.ofSeconds(150));
        CheckResult result = json.readValue(results.get(0).value(), CompileCompleted.class).result();
        assertTrue(result.ok(), () -> String.valueOf(result.error()));
        assertEquals(500, result.posterior().get("draws"));
        assertEquals(4, result.posterior().get("chains"));
        Map<?, ?> population = (Map<?, ?>) ((Map<?, ?>) result.posterior().get("variables")).get("N");
        double mean = ((Number) population.get("mean")).doubleValue();
        assertTrue(mean > 120 && mean < 260, "posterior mean of N: " + mean);
        assertTrue(population.get("r_hat") instanceof Number, population.toString());
        // N is discrete: Metropolis moves it slowly, and the verdict says so with its line.
        CheckWarning lowEss = result.warnings().stream().filter(w -> w.code().equals("low_ess")).findFirst().orElseThrow();
        assertEquals(9, lowEss.line());
    }

    @Test
    void aProgramReadsTheDataFilesItsRequestCarries() throws Exception {
        String jobId = UUID.randomUUID().toString();
        ObjectNode request = sampleRequest(jobId);
        request.put("code", """
                import pandas as pd
                import pymc as pm
                counts = pd.read_csv("counts.csv")["count"].to_numpy()
                with pm.Model() as model:
                    rate = pm.Gamma("rate", alpha=2, beta=0.5)
                    pm.Poisson("count", mu=rate, observed=counts)
                """).putNull("problem");
        request.putObject("files").put("counts.csv",
                Base64.getEncoder().encodeToString("count\n3\n5\n4\n6\n".getBytes(StandardCharsets.UTF_8)));
        KafkaTestSupport.send(KafkaTestSupport.topic("compile.requested"), jobId, json.writeValueAsString(request));

        List<ConsumerRecord<String, String>> results = KafkaTestSupport.read(
                KafkaTestSupport.topic("compile.completed"), jobId, 1, Duration.ofSeconds(90));
        CheckResult result = json.readValue(results.get(0).value(), CompileCompleted.class).result();
        assertTrue(result.ok(), () -> String.valueOf(result.error()));
        assertTrue(result.summary().toString().contains("shape=[4]"), result.summary().toString());
    }

    @Test
    void withoutDiagnosticsThereIsNoPosterior() throws Exception {
        String jobId = UUID.randomUUID().toString();
        ObjectNode request = sampleRequest(jobId);
        request.put("code", request.get("code").asText().replace("M=n1", "k=n1")).remove("diagnostics");
        KafkaTestSupport.send(KafkaTestSupport.topic("compile.requested"), jobId, json.writeValueAsString(request));

        List<ConsumerRecord<String, String>> results = KafkaTestSupport.read(
                KafkaTestSupport.topic("compile.completed"), jobId, 1, Duration.ofSeconds(90));
        CheckResult result = json.readValue(results.get(0).value(), CompileCompleted.class).result();
        assertTrue(result.ok(), () -> String.valueOf(result.error()));
        assertNull(result.posterior());
    }

    @Test
    void aProgramThatLeavesOutANumberOfItsProblemFailsTheProblemStage() throws Exception {
        String jobId = UUID.randomUUID().toString();
        ObjectNode request = sampleRequest(jobId);
        request.put("code", """
                import pymc as pm
                with pm.Model() as model:
                    N = pm.DiscreteUniform("N", lower=50, upper=500)
                    pm.Binomial("recaptured", n=20, p=23 / N, observed=4)
                """);
        KafkaTestSupport.send(KafkaTestSupport.topic("compile.requested"), jobId, json.writeValueAsString(request));

        List<ConsumerRecord<String, String>> results = KafkaTestSupport.read(
                KafkaTestSupport.topic("compile.completed"), jobId, 1, Duration.ofSeconds(90));
        CompileCompleted completed = json.readValue(results.get(0).value(), CompileCompleted.class);
        assertFalse(completed.result().ok());
        assertEquals("problem", completed.result().stage());
        assertEquals("UnusedProblemNumbers", completed.result().error().type());
        assertTrue(completed.result().error().message().contains("19"), completed.result().error().message());
    }

    @Test
    void anUnreadableRequestGoesToTheDeadLetterTopicAndTheNextOneIsStillChecked() throws Exception {
        String poisonKey = UUID.randomUUID().toString();
        KafkaTestSupport.send(KafkaTestSupport.topic("compile.requested"), poisonKey, "{not json");
        String jobId = UUID.randomUUID().toString();
        ObjectNode request = sampleRequest(jobId);
        request.put("code", "import pymc as pm\nwith pm.Model() as m:\n    x = pm.Normal('x', 0, 1)\n").putNull("problem");
        KafkaTestSupport.send(KafkaTestSupport.topic("compile.requested"), jobId, json.writeValueAsString(request));

        List<ConsumerRecord<String, String>> dead = KafkaTestSupport.read(
                KafkaTestSupport.topic("compile.requested.dlq"), poisonKey, 1, Duration.ofSeconds(60));
        assertEquals(1, dead.size());
        assertEquals("{not json", dead.get(0).value());
        assertTrue(dead.get(0).headers().lastHeader("dead-letter-reason") != null);

        List<ConsumerRecord<String, String>> results = KafkaTestSupport.read(
                KafkaTestSupport.topic("compile.completed"), jobId, 1, Duration.ofSeconds(90));
        assertEquals(1, results.size());
        assertTrue(json.readValue(results.get(0).value(), CompileCompleted.class).result().ok());
    }
}
