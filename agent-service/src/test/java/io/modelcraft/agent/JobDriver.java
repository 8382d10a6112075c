package io.modelcraft.agent;

import io.modelcraft.testing.KafkaTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Drives the agent from outside, as the gateway and the worker do: messages in, messages out, on the real broker. */
public final class JobDriver {

    public static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private JobDriver() {
    }

    /** Sends a job request built from the gateway's sample; the job id in the problem makes the LLM log attributable. */
    public static String submit(String problem, Consumer<ObjectNode> adjust) throws Exception {
        String jobId = UUID.randomUUID().toString();
        ObjectNode request = sample("jobs.requested.json");
        request.put("jobId", jobId).put("eventId", UUID.randomUUID().toString());
        request.put("problem", problem + " (test " + jobId + ")");
        adjust.accept(request);
        KafkaTestSupport.send(KafkaTestSupport.topic("jobs.requested"), jobId, JSON.writeValueAsString(request));
        return jobId;
    }

    public static ObjectNode options(ObjectNode request) {
        return (ObjectNode) request.get("options");
    }

    public static ObjectNode checkResult(String sampleName, JsonNode compileRequest) throws Exception {
        ObjectNode result = sample(sampleName);
        result.put("jobId", compileRequest.get("jobId").asText())
                .put("requestEventId", compileRequest.get("eventId").asText())
                .put("iteration", compileRequest.get("iteration").asInt())
                .put("eventId", UUID.randomUUID().toString());
        return result;
    }

    public static void deliver(String jobId, ObjectNode result) throws Exception {
        KafkaTestSupport.send(KafkaTestSupport.topic("compile.completed"), jobId, JSON.writeValueAsString(result));
    }

    public static List<JsonNode> compileRequests(String jobId, int wanted) {
        return compileRequests(jobId, wanted, WAIT);
    }

    public static List<JsonNode> compileRequests(String jobId, int wanted, Duration within) {
        return parse(KafkaTestSupport.read(KafkaTestSupport.topic("compile.requested"), jobId, wanted, within));
    }

    public static List<JsonNode> events(String jobId, int wanted) {
        return events(jobId, wanted, WAIT);
    }

    public static List<JsonNode> events(String jobId, int wanted, Duration within) {
        return parse(KafkaTestSupport.read(KafkaTestSupport.topic("jobs.events"), jobId, wanted, within));
    }

    /** The events that change the job's record, without the PHASE_CHANGED events that say what it is doing. */
    public static List<JsonNode> withoutPhases(List<JsonNode> events) {
        return events.stream().filter(e -> !"PHASE_CHANGED".equals(e.get("type").asText())).toList();
    }

    /** The phases the job's PHASE_CHANGED events went through, in order. */
    public static List<String> phases(List<JsonNode> events) {
        return events.stream().filter(e -> "PHASE_CHANGED".equals(e.get("type").asText()))
                .map(e -> e.get("phase").asText()).toList();
    }

    /** The FINISHED event of the job, waiting for it. */
    public static JsonNode finished(String jobId) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<JsonNode> all = events(jobId, Integer.MAX_VALUE, Duration.ofSeconds(2));
            for (JsonNode event : all) {
                if ("FINISHED".equals(event.get("type").asText())) {
                    return event;
                }
            }
        }
        throw new AssertionError("job " + jobId + " did not finish within " + WAIT);
    }

    /** The requests the stand-in received that mention this text (a job id is in its first turn). */
    public static List<JsonNode> llmRequestsFor(String text) throws Exception {
        return Files.readAllLines(ScriptedLlmServer.requestLog()).stream().filter(line -> line.contains(text))
                .map(line -> read(line).get("request")).toList();
    }

    private static List<JsonNode> parse(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> read(r.value())).toList();
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode sample(String name) throws Exception {
        try (InputStream in = JobDriver.class.getResourceAsStream("/samples/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
