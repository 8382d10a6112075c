package io.modelcraft.gateway.job;

import io.modelcraft.testing.KafkaTestSupport;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.modelcraft.gateway.TestTenants;
import io.modelcraft.gateway.webhook.WebhookSigner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agent's sample events, on the real broker, applied to a job the gateway accepted. */
@QuarkusTest
class JobEventConsumerTest {

    private record Received(Map<String, List<String>> headers, String body) {
    }

    @Inject
    ObjectMapper json;

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws Exception {
        TestTenants.useNewTenant();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new Received(exchange.getRequestHeaders(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void eventsCompleteTheJobOnceAndTheWebhookIsSentOnceSigned() throws Exception {
        String webhookUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        ExtractableResponse<?> submitted = given().contentType(ContentType.JSON)
                .body(Map.of("problem", "How many grizzly bears?", "webhookUrl", webhookUrl))
                .when().post("/api/v1/jobs").then().statusCode(202).extract();
        String jobId = submitted.path("id");
        String secret = submitted.path("webhookSecret");
        assertTrue(secret.startsWith("whsec_"), secret);

        List<String> events = List.of(
                sample("jobs.events.started.json", jobId, e -> ((ObjectNode) e.get("setup")).put("diagnostics", true)),
                sample("jobs.events.iteration-recorded.json", jobId, e -> { }),
                sample("jobs.events.iteration-recorded.json", jobId, JobEventConsumerTest::passedWithPosterior),
                sample("jobs.events.finished.json", jobId, e -> { }));
        for (int delivery = 0; delivery < 2; delivery++) {
            for (String event : events) {
                KafkaTestSupport.send(KafkaTestSupport.topic("jobs.events"), jobId, event);
            }
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/api/v1/jobs/" + jobId)
                .then().statusCode(200).body("status", equalTo("SUCCEEDED")));
        JsonPath view = given().when().get("/api/v1/jobs/" + jobId).then()
                .body("diagnostics", equalTo(true))
                .body("iterations.size()", equalTo(2))
                .body("iterations[0].number", equalTo(1))
                .body("iterations[0].asked", equalTo("the problem"))
                .body("iterations[0].check.ok", equalTo(false))
                .body("iterations[0].check.error.type", equalTo("TypeError"))
                .body("iterations[0].check.error.line", equalTo(10))
                .body("iterations[0].check.posterior", nullValue())
                .body("iterations[0].messages[0].role", equalTo("system"))
                .body("iterations[1].check.ok", equalTo(true))
                .body("iterations[1].check.posterior.draws", equalTo(200))
                .body("iterations[1].check.posterior.chains", equalTo(2))
                .body("iterations[1].check.posterior.divergences", equalTo(0))
                .body("finalCode", org.hamcrest.Matchers.containsString("k=n1"))
                .extract().jsonPath();
        assertEquals(1.004, view.getDouble("iterations[1].check.posterior.variables.N.r_hat"), 1e-9);
        assertEquals(512.0, view.getDouble("iterations[1].check.posterior.variables.N.ess_bulk"), 1e-9);
        assertEquals(41.9, view.getDouble("iterations[1].check.posterior.variables.N.sd"), 1e-9);

        await().atMost(Duration.ofSeconds(30)).until(() -> !received.isEmpty());
        Thread.sleep(1500); // longer than the delivery sweep: a second POST would show up
        assertEquals(1, received.size());
        Received hook = received.get(0);
        String id = hook.headers().get("Webhook-id").get(0);
        long timestamp = Long.parseLong(hook.headers().get("Webhook-timestamp").get(0));
        assertEquals(new WebhookSigner(secret).sign(id, timestamp, hook.body()), hook.headers().get("Webhook-signature").get(0));
        assertEquals("job.succeeded", json.readTree(hook.body()).get("type").asText());
        assertEquals(jobId, json.readTree(hook.body()).get("data").get("id").asText());
    }

    @Test
    void eventsArrivingAfterTheJobFinishedAddTheirIterationAndSetupButDoNotReopenIt() throws Exception {
        String webhookUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        String jobId = given().contentType(ContentType.JSON).body(Map.of("problem", "How many bears?", "webhookUrl", webhookUrl))
                .when().post("/api/v1/jobs").then().statusCode(202).extract().path("id");
        KafkaTestSupport.send(KafkaTestSupport.topic("jobs.events"), jobId, sample("jobs.events.finished.json", jobId, e -> { }));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/api/v1/jobs/" + jobId)
                .then().statusCode(200).body("status", equalTo("SUCCEEDED")));

        // Sent by other agent replicas, they overtook the FINISHED one.
        for (String late : List.of(
                sample("jobs.events.started.json", jobId, e -> ((ObjectNode) e.get("setup")).put("promptVersion", "v-late")),
                sample("jobs.events.phase-changed.json", jobId, e -> { }),
                sample("jobs.events.iteration-recorded.json", jobId, e -> { }))) {
            KafkaTestSupport.send(KafkaTestSupport.topic("jobs.events"), jobId, late);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/api/v1/jobs/" + jobId)
                .then().body("iterations.size()", equalTo(1)));
        given().when().get("/api/v1/jobs/" + jobId).then()
                .body("status", equalTo("SUCCEEDED"))
                .body("phase", nullValue())
                .body("promptVersion", equalTo("v-late"))
                .body("iterations[0].number", equalTo(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> !received.isEmpty());
        Thread.sleep(1500); // longer than the delivery sweep: a second webhook would show up
        assertEquals(1, received.size());
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopic() throws Exception {
        String key = UUID.randomUUID().toString();
        KafkaTestSupport.send(KafkaTestSupport.topic("jobs.events"), key, "{\"schemaVersion\": 99}");
        assertEquals(1, KafkaTestSupport.read(KafkaTestSupport.topic("jobs.events.dlq"), key, 1, Duration.ofSeconds(30)).size());
    }

    private String sample(String name, String jobId, Consumer<ObjectNode> adjust) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            ObjectNode event = (ObjectNode) json.readTree(in);
            adjust.accept(event);
            // The same event id on both deliveries: the second must change nothing.
            String content = jobId + json.writeValueAsString(event);
            event.put("jobId", jobId).put("eventId", UUID.nameUUIDFromBytes(content.getBytes()).toString());
            return json.writeValueAsString(event);
        }
    }

    /** The sample's iteration as a second one whose check passed with diagnostics asked. */
    private static void passedWithPosterior(ObjectNode event) {
        ObjectNode iteration = (ObjectNode) event.get("iteration");
        iteration.put("number", 2);
        ObjectNode check = ((ObjectNode) iteration.get("check")).put("ok", true).put("stage", "complete");
        check.putNull("error");
        ObjectNode posterior = check.putObject("posterior")
                .put("draws", 200).put("chains", 2).put("seconds", 4.2).put("divergences", 0);
        posterior.putObject("variables").putObject("N")
                .put("mean", 117.3).put("sd", 41.9).put("r_hat", 1.004).put("ess_bulk", 512.0).put("ess_tail", 468.0);
    }
}
