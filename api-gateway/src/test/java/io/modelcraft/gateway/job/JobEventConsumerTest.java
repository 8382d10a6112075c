package io.modelcraft.gateway.job;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.modelcraft.gateway.KafkaTestSupport;
import io.modelcraft.gateway.TestTenants;
import io.modelcraft.gateway.webhook.WebhookSigner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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

        for (int delivery = 0; delivery < 2; delivery++) {
            for (String sample : List.of("jobs.events.started.json", "jobs.events.iteration-recorded.json",
                    "jobs.events.finished.json")) {
                KafkaTestSupport.send(KafkaTestSupport.topic("jobs.events"), jobId, sample(sample, jobId));
            }
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/api/v1/jobs/" + jobId)
                .then().statusCode(200).body("status", equalTo("SUCCEEDED")));
        given().when().get("/api/v1/jobs/" + jobId).then()
                .body("iterations.size()", equalTo(1))
                .body("iterations[0].number", equalTo(1))
                .body("iterations[0].asked", equalTo("the problem"))
                .body("iterations[0].check.ok", equalTo(false))
                .body("iterations[0].check.error.type", equalTo("TypeError"))
                .body("iterations[0].check.error.line", equalTo(10))
                .body("iterations[0].messages[0].role", equalTo("system"))
                .body("finalCode", org.hamcrest.Matchers.containsString("k=n1"));

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
    void anUnreadableEventGoesToTheDeadLetterTopic() throws Exception {
        String key = UUID.randomUUID().toString();
        KafkaTestSupport.send(KafkaTestSupport.topic("jobs.events"), key, "{\"schemaVersion\": 99}");
        assertEquals(1, KafkaTestSupport.read(KafkaTestSupport.topic("jobs.events.dlq"), key, 1, Duration.ofSeconds(30)).size());
    }

    private String sample(String name, String jobId) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            ObjectNode event = (ObjectNode) json.readTree(in);
            // The same event id on both deliveries: the second must change nothing.
            event.put("jobId", jobId).put("eventId", UUID.nameUUIDFromBytes((jobId + name).getBytes()).toString());
            return json.writeValueAsString(event);
        }
    }
}
