package io.modelcraft.gateway.job;

import io.modelcraft.testing.KafkaTestSupport;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcraft.gateway.AgentEvents;
import io.modelcraft.gateway.TestTenants;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Model choice, cancellation and follow-ups through the API, with the agent's side played by its sample events. */
@QuarkusTest
class JobActionsTest {

    @BeforeEach
    void tenant() {
        TestTenants.useNewTenant();
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aJobMayChooseAnAllowedModelAndNoOther() throws Exception {
        String id = submit(Map.of("problem", "bears", "provider", "anthropic"));
        JsonNode request = announced("jobs.requested", id).get(0);
        assertEquals("anthropic", request.get("options").get("provider").asText());
        assertEquals("claude-scripted", request.get("options").get("model").asText());
        given().get("/api/v1/jobs/" + id).then().body("provider", equalTo("anthropic")).body("model", equalTo("claude-scripted"));

        given().contentType(ContentType.JSON).body(Map.of("problem", "bears", "provider", "openai", "model", "gpt-9"))
                .when().post("/api/v1/jobs").then().statusCode(400)
                .body("detail", containsString("not allowed here; allowed provider:model pairs: [openai:scripted"));
        given().contentType(ContentType.JSON).body(Map.of("problem", "bears", "provider", "mistral"))
                .when().post("/api/v1/jobs").then().statusCode(400);
    }

    @Test
    void cancellingSendsOneRequestAndTheAgentsAnswerEndsTheJob() throws Exception {
        String id = submit(Map.of("problem", "bears"));
        given().post("/api/v1/jobs/" + id + "/cancel").then().statusCode(202).body("cancelRequestedAt", org.hamcrest.Matchers.notNullValue());
        given().post("/api/v1/jobs/" + id + "/cancel").then().statusCode(202);
        List<JsonNode> cancels = announced("jobs.cancel-requested", id);
        assertEquals(1, cancels.size(), "a second cancel asks nothing new");
        assertEquals(1, cancels.get(0).get("schemaVersion").asInt());

        send(id, "jobs.events.started.json", event -> { });
        assertEquals(2, announced("jobs.cancel-requested", id, 2).size(), "a cancel that overtook the start is sent again");
        send(id, "jobs.events.finished.json", event -> event.put("status", "CANCELLED").put("failureReason", "cancelled by the user").putNull("finalCode"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                "CANCELLED".equals(given().get("/api/v1/jobs/" + id).then().extract().path("status")));
        given().post("/api/v1/jobs/" + id + "/cancel").then().statusCode(409).body("detail", containsString("already ended"));
        given().post("/api/v1/jobs/" + UUID.randomUUID() + "/cancel").then().statusCode(404);
        given().post("/api/v1/jobs/not-a-job/cancel").then().statusCode(404);
    }

    @Test
    void aFollowUpIsANewJobLinkedToItsFinishedParent() throws Exception {
        String parent = submit(Map.of("problem", "How many grizzly bears?", "model", "scripted-large", "maxIterations", 4,
                "diagnostics", true));
        given().contentType(ContentType.JSON).body(Map.of("message", "use a Beta prior"))
                .when().post("/api/v1/jobs/" + parent + "/follow-ups").then().statusCode(409);
        send(parent, "jobs.events.started.json", event -> ((ObjectNode) event.get("setup")).put("model", "scripted-large")
                .put("maxIterations", 4).put("diagnostics", true));
        send(parent, "jobs.events.finished.json", event -> { });
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                "SUCCEEDED".equals(given().get("/api/v1/jobs/" + parent).then().extract().path("status")));
        given().get("/api/v1/jobs/" + parent).then().body("promptVersion", equalTo("v2"));

        given().contentType(ContentType.JSON).body(Map.of("message", " "))
                .when().post("/api/v1/jobs/" + parent + "/follow-ups").then().statusCode(400);
        String child = given().contentType(ContentType.JSON).body(Map.of("message", "use a Beta prior"))
                .when().post("/api/v1/jobs/" + parent + "/follow-ups").then().statusCode(202).extract().path("id");
        given().get("/api/v1/jobs/" + child).then().statusCode(200)
                .body("parentJobId", equalTo(parent)).body("followUp", equalTo("use a Beta prior"))
                .body("problem", equalTo("How many grizzly bears?")).body("model", equalTo("scripted-large"))
                .body("maxIterations", equalTo(4)).body("diagnostics", equalTo(true));
        JsonNode request = announced("jobs.requested", child).get(0);
        assertEquals(parent, request.get("followUp").get("parentJobId").asText());
        assertEquals("use a Beta prior", request.get("followUp").get("message").asText());
        assertTrue(request.get("problem").asText().contains("grizzly"));
        assertTrue(request.get("options").get("diagnostics").asBoolean(), "a follow-up inherits diagnostics");

        String without = given().contentType(ContentType.JSON).body(Map.of("message", "no sampling", "diagnostics", false))
                .when().post("/api/v1/jobs/" + parent + "/follow-ups").then().statusCode(202).extract().path("id");
        given().get("/api/v1/jobs/" + without).then().body("diagnostics", equalTo(false));
        assertEquals(BooleanNode.FALSE, announced("jobs.requested", without).get(0).get("options").get("diagnostics"));
    }

    private String submit(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/jobs")
                .then().statusCode(202).extract().path("id");
    }

    private List<JsonNode> announced(String topic, String id) {
        return announced(topic, id, 1);
    }

    private List<JsonNode> announced(String topic, String id, int wanted) {
        return KafkaTestSupport.read(KafkaTestSupport.topic(topic), id, wanted, Duration.ofSeconds(30)).stream()
                .map(r -> read(r.value())).toList();
    }

    private static void send(String jobId, String sample, java.util.function.Consumer<ObjectNode> adjust) throws Exception {
        AgentEvents.send(jobId, sample, adjust);
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
