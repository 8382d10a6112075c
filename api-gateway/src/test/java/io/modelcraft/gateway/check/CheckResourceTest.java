package io.modelcraft.gateway.check;

import io.modelcraft.testing.KafkaTestSupport;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcraft.gateway.TestTenants;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The direct check API on the real broker and database: the request goes to the workers' topic with the program and
 * its files, and the verdict, sent as the worker's sample, answers a waiting request or a later read.
 */
@QuarkusTest
class CheckResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROGRAM = "import pymc as pm\nwith pm.Model():\n    pm.Normal('x', 0, 1)\n";

    @Test
    void aCheckNotAnsweredWithinItsWaitIsReadLaterWithTheWorkersVerdict() throws Exception {
        TestTenants.useNewTenant();
        Response accepted = given().contentType(ContentType.JSON)
                .body(Map.of("code", PROGRAM, "files", List.of(Map.of("name", "heights.csv", "text", "height\n178\n"),
                        Map.of("name", "raw.bin", "base64", "AAEC"))))
                .when().post("/api/v1/checks?wait=0").then().statusCode(202)
                .body("status", equalTo("QUEUED")).body("ok", nullValue()).body("check", nullValue())
                .body("files.'heights.csv'", equalTo(11)).body("files.'raw.bin'", equalTo(3))
                .extract().response();
        String id = accepted.path("id");
        assertEquals(accepted.path("statusUrl").toString(), accepted.header("Location"));

        JsonNode request = compileRequest(id);
        assertEquals(PROGRAM, request.get("code").asText());
        assertEquals(0, request.get("iteration").asInt(), "a check is iteration 0: a job's count from 1");
        assertEquals("height\n178\n", new String(Base64.getDecoder().decode(request.get("files").get("heights.csv").asText()),
                StandardCharsets.UTF_8));
        assertFalse(request.get("diagnostics").asBoolean());
        assertNull(request.get("problem").textValue(), "a direct check holds the program to no problem text");

        sendVerdict(id, UUID.randomUUID().toString()); // a verdict on another request changes nothing
        sendVerdict(id, request.get("eventId").asText());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().when().get("/api/v1/checks/" + id)
                .then().statusCode(200).body("status", equalTo("CHECKED")).body("ok", equalTo(true))
                .body("check.stage", equalTo("complete")).body("check.warnings[0].code", equalTo("discrete_free_variable"))
                .body("checkMillis", equalTo(1200)).body("code", equalTo(PROGRAM)));

        TestTenants.useNewTenant();
        given().when().get("/api/v1/checks/" + id).then().statusCode(404);
        given().when().get("/api/v1/checks/not-a-uuid").then().statusCode(404);
    }

    @Test
    void aVerdictThatComesWithinTheWaitIsTheAnswerToThePost() throws Exception {
        TestTenants.useNewTenant();
        String code = PROGRAM + "# " + UUID.randomUUID() + "\n";
        CompletableFuture<Void> worker = CompletableFuture.runAsync(() -> {
            ConsumerRecord<String, String> asked = KafkaTestSupport.read(KafkaTestSupport.topic("compile.requested"),
                    r -> r.value().contains(code.strip().substring(code.strip().lastIndexOf('#'))), 1,
                    Duration.ofSeconds(20)).get(0);
            try {
                JsonNode request = JSON.readTree(asked.value());
                sendVerdict(request.get("jobId").asText(), request.get("eventId").asText());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        given().contentType(ContentType.JSON).body(Map.of("code", code, "diagnostics", true))
                .when().post("/api/v1/checks?wait=25").then().statusCode(200)
                .body("status", equalTo("CHECKED")).body("ok", equalTo(true)).body("diagnostics", equalTo(true));
        worker.join();
    }

    @Test
    void badRequestsAreRefusedWithTheReason() {
        TestTenants.useNewTenant();
        refused(Map.of("code", " "), "\"code\" is required");
        refused(Map.of("code", "x".repeat(100_001)), "the limit is 100000");
        refused(Map.of("code", PROGRAM, "files", List.of(Map.of("name", "../etc/passwd", "text", "x"))), "plain file name");
        refused(Map.of("code", PROGRAM, "files", List.of(Map.of("name", "a.csv"))), "as \"text\" or as \"base64\"");
        refused(Map.of("code", PROGRAM, "files", List.of(Map.of("name", "a.csv", "base64", "%%%"))), "not valid base64");
        refused(Map.of("code", PROGRAM, "files", List.of(Map.of("name", "a.csv", "text", "x".repeat(262_145)))),
                "the limit is 262144");
        refused(Map.of("code", PROGRAM, "files", List.of(Map.of("name", "a.csv", "text", "1"),
                Map.of("name", "a.csv", "text", "2"))), "names a.csv twice");
        given().contentType(ContentType.JSON).body(Map.of("code", PROGRAM)).when().post("/api/v1/checks?wait=31")
                .then().statusCode(400).body("detail", containsString("\"wait\" must be between 0 and 30"));
        given().contentType(ContentType.JSON).body("{\"code\": 5}").when().post("/api/v1/checks?wait=0")
                .then().statusCode(400).body("detail", containsString("\"code\" has the wrong type"));
        given().contentType(ContentType.JSON).body("{\"code\": \"a\\u0000b\"}").when().post("/api/v1/checks")
                .then().statusCode(400).body("detail", containsString("\"code\""));
    }

    private static void refused(Map<String, Object> body, String reason) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/checks?wait=0")
                .then().statusCode(400).body("detail", containsString(reason));
    }

    private static JsonNode compileRequest(String checkId) throws Exception {
        List<ConsumerRecord<String, String>> found = KafkaTestSupport.read(KafkaTestSupport.topic("compile.requested"),
                checkId, 1, Duration.ofSeconds(20));
        assertEquals(1, found.size(), "the check's compile request, keyed by its id");
        return JSON.readTree(found.get(0).value());
    }

    /** The worker's sample verdict, answering {@code requestEventId} of check {@code checkId}. */
    private static void sendVerdict(String checkId, String requestEventId) throws Exception {
        try (InputStream in = CheckResourceTest.class.getResourceAsStream("/samples/compile.completed.passed.json")) {
            ObjectNode verdict = (ObjectNode) JSON.readTree(in);
            verdict.put("jobId", checkId).put("requestEventId", requestEventId).put("eventId", UUID.randomUUID().toString())
                    .put("iteration", 0).put("checkMillis", 1200);
            KafkaTestSupport.send(KafkaTestSupport.topic("compile.completed"), checkId, verdict.toString());
        }
    }
}
