package io.modelcraft.gateway.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.modelcraft.gateway.AgentEvents;
import io.modelcraft.gateway.TestTenants;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Webhook delivery against a real HTTP receiver that misbehaves on purpose, and where webhooks may not go. */
@QuarkusTest
class WebhookDeliveryTest {

    private HttpServer receiver;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @BeforeEach
    void startReceiver() throws Exception {
        TestTenants.useNewTenant();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int hit = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            int status = switch (path) {
                case "/busy-then-ok" -> hit == 1 ? 503 : 200;
                case "/gone" -> 410;
                case "/moved" -> 302;
                default -> 200;
            };
            if (status == 503) {
                exchange.getResponseHeaders().add("Retry-After", "2");
            }
            if (status == 302) {
                exchange.getResponseHeaders().add("Location", url("/target"));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    @Test
    void a503HonoursRetryAfterAndTheLogShowsEveryAttempt() throws Exception {
        String jobId = finishedJobWithWebhook(url("/busy-then-ok"));
        JsonPath delivery = awaitDelivery(jobId, "DELIVERED");
        List<Map<String, Object>> log = delivery.getList("[0].log");
        assertEquals(2, log.size());
        assertEquals(503, log.get(0).get("statusCode"));
        assertEquals(200, log.get(1).get("statusCode"));
        Duration between = Duration.between(Instant.parse((String) log.get(0).get("attemptedAt")),
                Instant.parse((String) log.get(1).get("attemptedAt")));
        assertTrue(between.toMillis() >= 2000, "Retry-After: 2 must be honoured, was " + between);
    }

    @Test
    void a410DisablesTheEndpointForLaterJobs() throws Exception {
        String jobId = finishedJobWithWebhook(url("/gone"));
        JsonPath delivery = awaitDelivery(jobId, "FAILED");
        assertEquals(1, delivery.getList("[0].log").size());
        assertEquals(1, hits.get("/gone").get());
        given().contentType(ContentType.JSON).body(Map.of("problem", "bears", "webhookUrl", url("/gone")))
                .when().post("/api/v1/jobs").then().statusCode(400).body("detail", containsString("410 Gone"));
        String endpointId = given().get("/api/v1/webhook-endpoints").then().body("[0].disabledReason", containsString("410"))
                .extract().path("[0].id");
        given().post("/api/v1/webhook-endpoints/" + endpointId + "/enable").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("problem", "bears", "webhookUrl", url("/gone")))
                .when().post("/api/v1/jobs").then().statusCode(202);
    }

    @Test
    void aRedirectIsNotFollowedAndCountsAsAFailure() throws Exception {
        String jobId = finishedJobWithWebhook(url("/moved"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> hits.containsKey("/moved"));
        Thread.sleep(500);
        JsonPath delivery = deliveries(jobId);
        assertEquals("PENDING", delivery.getString("[0].status"));
        assertEquals(302, delivery.getInt("[0].log[0].statusCode"));
        assertTrue(!hits.containsKey("/target"), "the redirect must not be followed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"http://10.1.2.3/hook|a private address", "http://169.254.169.254/latest|a link-local address",
            "http://100.64.1.1/hook|carrier-grade NAT", "http://[fd00::1]/hook|unique-local", "http://localhost:9/hook|a loopback address",
            "http://[::ffff:192.168.0.1]/hook|a private address", "http://0.0.0.0:8080/|unspecified",
            "ftp://example.org/hook|http or https", "http://user:pw@example.org/hook|without user info"})
    void webhooksToNonPublicAddressesOrOtherSchemesAreRefusedAtSubmit(String webhookUrl, String reason) {
        given().contentType(ContentType.JSON).body(Map.of("problem", "bears", "webhookUrl", webhookUrl))
                .when().post("/api/v1/jobs").then().statusCode(400).body("detail", containsString(reason));
    }

    private String finishedJobWithWebhook(String webhookUrl) throws Exception {
        String jobId = given().contentType(ContentType.JSON).body(Map.of("problem", "bears", "webhookUrl", webhookUrl))
                .when().post("/api/v1/jobs").then().statusCode(202).extract().path("id");
        AgentEvents.startAndFinish(jobId);
        return jobId;
    }

    private JsonPath awaitDelivery(String jobId, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(deliveries(jobId).getString("[0].status")));
        return deliveries(jobId);
    }

    private static JsonPath deliveries(String jobId) {
        return given().get("/api/v1/jobs/" + jobId + "/webhook-deliveries").then().statusCode(200).extract().jsonPath();
    }
}
