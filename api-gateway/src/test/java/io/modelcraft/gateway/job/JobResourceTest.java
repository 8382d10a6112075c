package io.modelcraft.gateway.job;

import io.modelcraft.testing.KafkaTestSupport;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.gateway.TestTenants;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JobResourceTest {

    @BeforeEach
    void tenant() {
        TestTenants.useNewTenant();
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aSubmittedJobIsFoundAtOnceAndAnnouncedOnKafka() throws Exception {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("problem", "How many grizzly bears?", "maxIterations", 3, "diagnostics", true))
                .when().post("/api/v1/jobs")
                .then().statusCode(202)
                .body("status", equalTo("QUEUED"))
                .body("statusUrl", containsString("/api/v1/jobs/"))
                .header("Location", containsString("/api/v1/jobs/"))
                .extract().path("id");

        given().when().get("/api/v1/jobs/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("problem", equalTo("How many grizzly bears?"))
                .body("maxIterations", equalTo(3))
                .body("diagnostics", equalTo(true))
                .body("retryOnWarnings", nullValue())
                .body("iterations.size()", equalTo(0));

        List<ConsumerRecord<String, String>> announced = KafkaTestSupport.read(
                KafkaTestSupport.topic("jobs.requested"), id, 1, Duration.ofSeconds(30));
        assertEquals(1, announced.size());
        JsonNode request = json.readTree(announced.get(0).value());
        assertEquals(1, request.get("schemaVersion").asInt());
        assertEquals(id, request.get("jobId").asText());
        assertEquals("How many grizzly bears?", request.get("problem").asText());
        assertEquals(3, request.get("options").get("maxIterations").asInt());
        assertTrue(request.get("options").get("diagnostics").asBoolean());
    }

    @Test
    void badInputIsRefusedWithProblemDetails() {
        Map<String, Object> cases = Map.of(
                "blank problem", Map.of("problem", "  "),
                "oversize problem", Map.of("problem", "x".repeat(20_001)),
                "too many iterations", Map.of("problem", "bears", "maxIterations", 11),
                "no iterations", Map.of("problem", "bears", "maxIterations", 0),
                "non-http webhook", Map.of("problem", "bears", "webhookUrl", "file:///etc/passwd"),
                "relative webhook", Map.of("problem", "bears", "webhookUrl", "/hooks"));
        cases.forEach((name, body) -> given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/jobs")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", notNullValue()));
    }

    @Test
    void unreadableBodiesAreRefusedWithProblemDetails() {
        given().contentType(ContentType.JSON).body("{\"problem\": ").when().post("/api/v1/jobs")
                .then().statusCode(400).body("detail", containsString("JSON"));
        given().contentType(ContentType.JSON).body("{\"problem\": \"bears\", \"maxIterations\": \"many\"}")
                .when().post("/api/v1/jobs").then().statusCode(400).body("detail", notNullValue());
        given().contentType(ContentType.JSON).body("{\"problem\": \"bears\", \"diagnostics\": \"yes\"}")
                .when().post("/api/v1/jobs").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("\"diagnostics\" has the wrong type"));
        given().contentType(ContentType.TEXT).body("problem=bears").when().post("/api/v1/jobs")
                .then().statusCode(400).body("detail", containsString("application/json"));
        given().contentType(ContentType.JSON).when().post("/api/v1/jobs")
                .then().statusCode(400).body("detail", containsString("empty"));
    }

    @Test
    void anUnknownJobIsNotFound() {
        given().when().get("/api/v1/jobs/6a1f4f0e-7d1c-4a55-9b64-0f3b1d0c2e11")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().when().get("/api/v1/jobs/not-a-uuid").then().statusCode(404);
    }
}
