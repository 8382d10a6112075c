package io.modelcraft.gateway.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sun.net.httpserver.HttpServer;
import io.modelcraft.gateway.AgentEvents;
import io.modelcraft.gateway.TestTenants;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One signing secret per endpoint: shown once, rotated on demand, and the one each webhook is signed with. */
@QuarkusTest
class WebhookEndpointTest {

    private record Received(String id, String timestamp, String signature, String body) {
    }

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws Exception {
        TestTenants.useNewTenant();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
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

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    @Test
    void aRegisteredEndpointShowsItsSecretOnceAndSignsWithTheRotatedOne() throws Exception {
        ExtractableResponse<Response> registered = given().contentType(ContentType.JSON).body(Map.of("url", url("/rotated")))
                .post("/api/v1/webhook-endpoints").then().statusCode(201).body("secret", startsWith("whsec_")).extract();
        String endpointId = registered.path("id");
        given().contentType(ContentType.JSON).body(Map.of("url", url("/rotated")))
                .post("/api/v1/webhook-endpoints").then().statusCode(409);
        given().get("/api/v1/webhook-endpoints").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].id", equalTo(endpointId)).body("[0].secret", nullValue());
        String rotated = given().post("/api/v1/webhook-endpoints/" + endpointId + "/rotate-secret").then().statusCode(200)
                .extract().path("secret");
        assertNotEquals(registered.path("secret"), rotated);

        String jobId = given().contentType(ContentType.JSON).body(Map.of("problem", "bears", "webhookUrl", url("/rotated")))
                .post("/api/v1/jobs").then().statusCode(202)
                .body("webhookEndpointId", equalTo(endpointId)).body("webhookSecret", nullValue()).extract().path("id");
        AgentEvents.startAndFinish(jobId);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !received.isEmpty());
        Received hook = received.get(0);
        assertEquals(new WebhookSigner(rotated).sign(hook.id(), Long.parseLong(hook.timestamp()), hook.body()), hook.signature());
    }

    @Test
    void aNewUrlInASubmitIsRegisteredOnceAndEachTenantHasItsOwnSecret() {
        String first = submitWithWebhook(url("/shared")).path("webhookSecret");
        String again = submitWithWebhook(url("/shared")).path("webhookSecret");
        assertNull(again);
        TestTenants.useNewTenant();
        String otherTenants = submitWithWebhook(url("/shared")).path("webhookSecret");
        assertNotEquals(first, otherTenants);
        given().get("/api/v1/webhook-endpoints").then().body("size()", equalTo(1));
        RestAssured.requestSpecification = null;
    }

    private static ExtractableResponse<Response> submitWithWebhook(String url) {
        return given().contentType(ContentType.JSON).body(Map.of("problem", "bears", "webhookUrl", url))
                .post("/api/v1/jobs").then().log().ifValidationFails().statusCode(202).extract();
    }
}
