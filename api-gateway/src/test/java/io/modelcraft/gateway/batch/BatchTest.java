package io.modelcraft.gateway.batch;

import io.modelcraft.testing.KafkaTestSupport;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcraft.gateway.AgentEvents;
import io.modelcraft.gateway.TestTenants;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Batches through the API, the agent's side played by its sample events, on the real broker and database. */
@QuarkusTest
class BatchTest {

    @BeforeEach
    void tenant() {
        TestTenants.useNewTenant();
    }

    private static final Path THINKBAYES = Path.of("../deploy/demo/thinkbayes.jsonl");

    @Test
    void aBatchShowsItsProgressAndResultsAndARegenerationComparesProblemByProblem() throws Exception {
        JsonPath batch = given().contentType(ContentType.JSON).body(Map.of("problems", List.of(
                        Map.of("id", "coin", "problem", "Is the coin biased?"),
                        Map.of("id", "bears", "problem", "How many bears?"),
                        Map.of("problem", "How many trains?")), "maxIterations", 3, "diagnostics", true))
                .when().post("/api/v1/batches").then().statusCode(202).extract().jsonPath();
        String batchId = batch.getString("id");
        assertEquals(3, batch.getInt("problemCount"));
        assertEquals(3, batch.getInt("stats.counts.QUEUED"));
        assertTrue(batch.getBoolean("diagnostics"));

        List<Map<String, Object>> jobs = given().get("/api/v1/jobs?batch=" + batchId).then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertEquals(3, jobs.size());
        Map<String, String> jobOf = Map.of(
                "coin", jobWithKey(batchId, "coin"), "bears", jobWithKey(batchId, "bears"), "3", jobWithKey(batchId, "3"));
        assertTrue(requested(jobOf.get("coin")).getBoolean("options.diagnostics"));
        assertEquals(Boolean.TRUE, given().get("/api/v1/jobs/" + jobOf.get("bears")).then().extract().path("diagnostics"));

        finish(jobOf.get("coin"), "SUCCEEDED");
        finish(jobOf.get("bears"), "FAILED");
        awaitFinished(batchId, 2);
        JsonPath progress = given().get("/api/v1/batches/" + batchId).then().statusCode(200).extract().jsonPath();
        assertEquals(1, progress.getInt("stats.counts.SUCCEEDED"));
        assertEquals(1, progress.getInt("stats.counts.FAILED"));
        assertEquals(1, progress.getInt("stats.counts.QUEUED"));
        assertEquals(0.5, progress.getDouble("stats.passRate"), 1e-9);
        assertEquals(0.5, progress.getDouble("stats.firstTryPassRate"), 1e-9);
        assertEquals(1.0, progress.getDouble("stats.meanIterations"), 1e-9, "the sample's one iteration, once per job");
        assertTrue(progress.getLong("stats.tokens") > 0);

        String again = given().contentType(ContentType.JSON).body(Map.of("model", "scripted-large"))
                .when().post("/api/v1/batches/" + batchId + "/regenerate").then().statusCode(202)
                .extract().path("id");
        JsonPath regenerated = given().get("/api/v1/batches/" + again).then().extract().jsonPath();
        assertEquals(batchId, regenerated.getString("parentBatchId"));
        assertEquals("scripted-large", regenerated.getString("model"));
        assertEquals(3, regenerated.getInt("maxIterations"));
        assertTrue(regenerated.getBoolean("diagnostics"), "a regeneration keeps diagnostics");
        assertTrue(requested(jobWithKey(again, "coin")).getBoolean("options.diagnostics"));
        finish(jobWithKey(again, "coin"), "FAILED");
        finish(jobWithKey(again, "bears"), "SUCCEEDED");
        finish(jobWithKey(again, "3"), "SUCCEEDED");
        awaitFinished(again, 3);

        JsonPath comparison = given().get("/api/v1/batches/compare?before=" + batchId + "&now=" + again)
                .then().statusCode(200).extract().jsonPath();
        Map<String, String> change = Map.of(
                "coin", comparison.getString("problems.find { it.key == 'coin' }.change"),
                "bears", comparison.getString("problems.find { it.key == 'bears' }.change"),
                "3", comparison.getString("problems.find { it.key == '3' }.change"));
        assertEquals(Map.of("coin", "broke", "bears", "fixed", "3", "pending"), change);
        assertEquals(1, comparison.getInt("changes.fixed"));
        assertEquals(2.0 / 3, comparison.getDouble("nowStats.passRate"), 1e-6);
    }

    @Test
    void theBatchWebhookComesOnceWhenTheLastJobEnds() throws Exception {
        List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/batch", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/batch";
            String batchId = given().contentType(ContentType.JSON).body(Map.of("webhookUrl", hook, "problems",
                    List.of(Map.of("id", "a", "problem", "x"), Map.of("id", "b", "problem", "y"))))
                    .when().post("/api/v1/batches").then().statusCode(202).extract().path("id");
            finish(jobWithKey(batchId, "a"), "SUCCEEDED");
            Thread.sleep(1500);
            assertTrue(received.isEmpty(), "no webhook while a job still runs");
            finish(jobWithKey(batchId, "b"), "FAILED");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !received.isEmpty());
            Thread.sleep(1000);
            assertEquals(1, received.size());
            JsonPath body = new JsonPath(received.get(0));
            assertEquals("batch.finished", body.getString("type"));
            assertEquals(batchId, body.getString("data.id"));
            assertEquals(2, body.getInt("data.stats.finished"));
            assertEquals(0.5, body.getDouble("data.stats.passRate"), 1e-6);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void theThinkBayesProblemsUploadAsJsonl() throws Exception {
        String jsonl = Files.readString(THINKBAYES);
        JsonPath batch = given().contentType("application/x-ndjson").body(jsonl.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/batches?maxIterations=4&diagnostics=true").then().statusCode(202).extract().jsonPath();
        assertEquals(24, batch.getInt("problemCount"));
        assertEquals(4, batch.getInt("maxIterations"));
        assertTrue(batch.getBoolean("diagnostics"));
        String id = batch.getString("id");
        assertTrue(jobWithKey(id, "euro-coin") != null && jobWithKey(id, "grizzly-bears") != null);
        assertTrue(requested(jobWithKey(id, "euro-coin")).getBoolean("options.diagnostics"));

        String off = given().contentType(ContentType.JSON).body(Map.of("diagnostics", false))
                .when().post("/api/v1/batches/" + id + "/regenerate").then().statusCode(202).extract().path("id");
        JsonPath regenerated = given().get("/api/v1/batches/" + off).then().extract().jsonPath();
        assertEquals(Boolean.FALSE, regenerated.get("diagnostics"));
        assertEquals(4, regenerated.getInt("maxIterations"));
        assertEquals(Boolean.FALSE, requested(jobWithKey(off, "euro-coin")).get("options.diagnostics"));
    }

    @Test
    void badBatchesAreRefusedNamingTheItem() {
        given().contentType("application/x-ndjson").body(bytes("{\"id\": \"a\", \"problem\": \"x\"}\n{\"id\": \"b\", \"problem\": \" \"}\n"))
                .post("/api/v1/batches").then().statusCode(400).body("detail", containsString("line 2"));
        given().contentType("application/x-ndjson").body(bytes("{\"problem\": \"x\"}\nnot json\n"))
                .post("/api/v1/batches").then().statusCode(400).body("detail", containsString("line 2 is not valid JSON"));
        given().contentType(ContentType.JSON).body(Map.of("problems", List.of(Map.of("id", "a", "problem", "x"), Map.of("id", "a", "problem", "y"))))
                .post("/api/v1/batches").then().statusCode(400).body("detail", containsString("used twice"));
        given().contentType(ContentType.JSON).body(Map.of("problems", List.of()))
                .post("/api/v1/batches").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("problems", List.of(Map.of("problem", "x")), "model", "gpt-9"))
                .post("/api/v1/batches").then().statusCode(400).body("detail", containsString("not allowed"));
        String tooMany = "{\"problem\": \"x\"}\n".repeat(1001);
        given().contentType("application/x-ndjson").body(bytes(tooMany)).post("/api/v1/batches").then().statusCode(400)
                .body("detail", containsString("at most 1000"));
        given().get("/api/v1/batches/not-a-batch").then().statusCode(404);
        given().get("/api/v1/batches/compare?before=" + java.util.UUID.randomUUID()).then().statusCode(400);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String jobWithKey(String batchId, String key) {
        return given().get("/api/v1/jobs?batch=" + batchId + "&limit=100").then().extract().jsonPath()
                .getString("items.find { it.problemKey == '" + key + "' }.id");
    }

    private static JsonPath requested(String jobId) {
        List<ConsumerRecord<String, String>> announced = KafkaTestSupport.read(
                KafkaTestSupport.topic("jobs.requested"), jobId, 1, Duration.ofSeconds(30));
        assertEquals(1, announced.size());
        return new JsonPath(announced.get(0).value());
    }

    private static void finish(String jobId, String status) throws Exception {
        AgentEvents.send(jobId, "jobs.events.started.json", e -> ((ObjectNode) e.get("setup")).put("maxIterations", 3));
        AgentEvents.send(jobId, "jobs.events.iteration-recorded.json", e -> { });
        AgentEvents.send(jobId, "jobs.events.finished.json", e -> e.put("status", status));
    }

    private static void awaitFinished(String batchId, int finished) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                given().get("/api/v1/batches/" + batchId).then().extract().jsonPath().getInt("stats.finished") == finished);
    }
}
