package io.modelcraft.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint against malformed, oversize, out-of-range and wrong-typed input: each case must be a
 * 4xx with an RFC 9457 problem (a JSON reason), never a 5xx. The table of cases tried is printed.
 */
@QuarkusTest
class BadInputTest {

    @BeforeEach
    void tenant() {
        TestTenants.useNewTenant();
    }

    private static String finishedJob;
    private static String runningJob;

    record Case(String name, String method, String path, String contentType, String body, int status) {
    }

    private static void createJobs() throws Exception {
        finishedJob = given().contentType("application/json").body("{\"problem\": \"bears\"}").post("/api/v1/jobs")
                .then().statusCode(202).extract().path("id");
        AgentEvents.startAndFinish(finishedJob);
        runningJob = given().contentType("application/json").body("{\"problem\": \"bears\"}").post("/api/v1/jobs")
                .then().statusCode(202).extract().path("id");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                "SUCCEEDED".equals(given().get("/api/v1/jobs/" + finishedJob).then().extract().path("status")));
    }

    private static List<Case> cases() {
        String json = "application/json";
        String unknown = UUID.randomUUID().toString();
        return List.of(
                new Case("submit: malformed JSON", "POST", "/api/v1/jobs", json, "{\"problem\": ", 400),
                new Case("submit: JSON array instead of object", "POST", "/api/v1/jobs", json, "[1, 2]", 400),
                new Case("submit: empty body", "POST", "/api/v1/jobs", json, "", 400),
                new Case("submit: wrong content type", "POST", "/api/v1/jobs", "text/plain", "problem=bears", 400),
                new Case("submit: no problem", "POST", "/api/v1/jobs", json, "{}", 400),
                new Case("submit: blank problem", "POST", "/api/v1/jobs", json, "{\"problem\": \" \\n \"}", 400),
                new Case("submit: problem is a number", "POST", "/api/v1/jobs", json, "{\"problem\": 42}", 400),
                new Case("submit: oversize problem", "POST", "/api/v1/jobs", json, "{\"problem\": \"" + "x".repeat(20_001) + "\"}", 400),
                new Case("submit: maxIterations 0", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"maxIterations\": 0}", 400),
                new Case("submit: maxIterations 11", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"maxIterations\": 11}", 400),
                new Case("submit: maxIterations as a string", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"maxIterations\": \"5\"}", 400),
                new Case("submit: maxIterations fractional", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"maxIterations\": 2.5}", 400),
                new Case("submit: problem is a boolean", "POST", "/api/v1/jobs", json, "{\"problem\": true}", 400),
                new Case("submit: maxIterations text", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"maxIterations\": \"many\"}", 400),
                new Case("submit: maxIterations overflow", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"maxIterations\": 99999999999}", 400),
                new Case("submit: retryOnWarnings text", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"retryOnWarnings\": \"yes please\"}", 400),
                new Case("submit: diagnostics text", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"diagnostics\": \"yes\"}", 400),
                new Case("submit: diagnostics a number", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"diagnostics\": 1.5}", 400),
                new Case("submit: model not allowed", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"model\": \"gpt-9\"}", 400),
                new Case("submit: provider not allowed", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"provider\": \"mistral\"}", 400),
                new Case("submit: model oversize", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"model\": \"" + "m".repeat(5000) + "\"}", 400),
                new Case("submit: webhook not a URL", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"webhookUrl\": \"::nope\"}", 400),
                new Case("submit: webhook file scheme", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"webhookUrl\": \"file:///etc/passwd\"}", 400),
                new Case("submit: webhook private address", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"webhookUrl\": \"http://192.168.1.1/h\"}", 400),
                new Case("submit: webhook oversize", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"webhookUrl\": \"http://example.org/" + "p".repeat(3000) + "\"}", 400),
                new Case("submit: NUL in the problem", "POST", "/api/v1/jobs", json, "{\"problem\": \"abc\\u0000def\"}", 400),
                new Case("submit: half a surrogate pair", "POST", "/api/v1/jobs", json, "{\"problem\": \"abc\\ud800def\"}", 400),
                new Case("submit: NUL in the model", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"model\": \"a\\u0000\"}", 400),
                new Case("submit: webhook octal IPv4", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"webhookUrl\": \"http://0177.0.0.1/hook\"}", 400),
                new Case("submit: webhook IPv4 as one number", "POST", "/api/v1/jobs", json, "{\"problem\": \"b\", \"webhookUrl\": \"http://2130706433/hook\"}", 400),
                new Case("list: unknown status", "GET", "/api/v1/jobs?status=DANCING", null, null, 400),
                new Case("list: limit 0", "GET", "/api/v1/jobs?limit=0", null, null, 400),
                new Case("list: limit 101", "GET", "/api/v1/jobs?limit=101", null, null, 400),
                new Case("list: limit text", "GET", "/api/v1/jobs?limit=ten", null, null, 400),
                new Case("list: createdSince not a date", "GET", "/api/v1/jobs?createdSince=yesterday", null, null, 400),
                new Case("list: forged cursor", "GET", "/api/v1/jobs?cursor=AAAA", null, null, 400),
                new Case("get: not a UUID", "GET", "/api/v1/jobs/not-a-job", null, null, 404),
                new Case("get: unknown job", "GET", "/api/v1/jobs/" + unknown, null, null, 404),
                new Case("cancel: unknown job", "POST", "/api/v1/jobs/" + unknown + "/cancel", null, null, 404),
                new Case("cancel: finished job", "POST", "/api/v1/jobs/" + finishedJob + "/cancel", null, null, 409),
                new Case("follow-up: running parent", "POST", "/api/v1/jobs/" + runningJob + "/follow-ups", json, "{\"message\": \"m\"}", 409),
                new Case("follow-up: unknown parent", "POST", "/api/v1/jobs/" + unknown + "/follow-ups", json, "{\"message\": \"m\"}", 404),
                new Case("follow-up: no message", "POST", "/api/v1/jobs/" + finishedJob + "/follow-ups", json, "{}", 400),
                new Case("follow-up: message is an object", "POST", "/api/v1/jobs/" + finishedJob + "/follow-ups", json, "{\"message\": {}}", 400),
                new Case("follow-up: diagnostics text", "POST", "/api/v1/jobs/" + finishedJob + "/follow-ups", json, "{\"message\": \"m\", \"diagnostics\": \"yes\"}", 400),
                new Case("follow-up: malformed JSON", "POST", "/api/v1/jobs/" + finishedJob + "/follow-ups", json, "{", 400),
                new Case("follow-up: NUL in the message", "POST", "/api/v1/jobs/" + finishedJob + "/follow-ups", json, "{\"message\": \"\\u0000\"}", 400),
                new Case("follow-up: oversize message", "POST", "/api/v1/jobs/" + finishedJob + "/follow-ups", json, "{\"message\": \"" + "x".repeat(20_001) + "\"}", 400),
                new Case("webhook log: unknown job", "GET", "/api/v1/jobs/" + unknown + "/webhook-deliveries", null, null, 404),
                new Case("events: unknown job", "GET", "/api/v1/jobs/" + unknown + "/events", null, null, 404),
                new Case("endpoint: no url", "POST", "/api/v1/webhook-endpoints", json, "{}", 400),
                new Case("endpoint: url is a number", "POST", "/api/v1/webhook-endpoints", json, "{\"url\": 7}", 400),
                new Case("endpoint: private address", "POST", "/api/v1/webhook-endpoints", json, "{\"url\": \"http://10.0.0.1/h\"}", 400),
                new Case("endpoint: malformed JSON", "POST", "/api/v1/webhook-endpoints", json, "{\"url\"", 400),
                new Case("endpoint: rotate unknown", "POST", "/api/v1/webhook-endpoints/" + unknown + "/rotate-secret", null, null, 404),
                new Case("endpoint: enable not a UUID", "POST", "/api/v1/webhook-endpoints/nope/enable", null, null, 404),
                new Case("endpoint: NUL in the url", "POST", "/api/v1/webhook-endpoints", json, "{\"url\": \"https://example.org/\\u0000\"}", 400),
                new Case("endpoint: hex IPv4", "POST", "/api/v1/webhook-endpoints", json, "{\"url\": \"http://0x7f.0.0.1/h\"}", 400),
                new Case("batch: NUL in a problem", "POST", "/api/v1/batches", json, "{\"problems\": [{\"problem\": \"b\\u0000\"}]}", 400),
                new Case("batch: half a surrogate pair in an id", "POST", "/api/v1/batches", json, "{\"problems\": [{\"id\": \"\\udc00\", \"problem\": \"b\"}]}", 400),
                new Case("batch upload: NUL in a problem", "POST", "/api/v1/batches", "application/x-ndjson", "{\"problem\": \"b\\u0000\"}\n", 400),
                new Case("batch: jobWebhookUrl private", "POST", "/api/v1/batches", json, "{\"problems\": [{\"problem\": \"b\"}], \"jobWebhookUrl\": \"http://10.0.0.1/h\"}", 400),
                new Case("batch: diagnostics text", "POST", "/api/v1/batches", json, "{\"problems\": [{\"problem\": \"b\"}], \"diagnostics\": \"yes\"}", 400),
                new Case("regenerate: diagnostics text", "POST", "/api/v1/batches/" + unknown + "/regenerate", json, "{\"diagnostics\": \"yes\"}", 400),
                new Case("check: malformed JSON", "POST", "/api/v1/checks?wait=0", json, "{\"code\": ", 400),
                new Case("check: no code", "POST", "/api/v1/checks?wait=0", json, "{}", 400),
                new Case("check: code is a list", "POST", "/api/v1/checks?wait=0", json, "{\"code\": [\"x\"]}", 400),
                new Case("check: NUL in the code", "POST", "/api/v1/checks?wait=0", json, "{\"code\": \"x\\u0000\"}", 400),
                new Case("check: half a surrogate pair in a file", "POST", "/api/v1/checks?wait=0", json, "{\"code\": \"x\", \"files\": [{\"name\": \"a.csv\", \"text\": \"\\udc00\"}]}", 400),
                new Case("check: files is an object", "POST", "/api/v1/checks?wait=0", json, "{\"code\": \"x\", \"files\": {\"a.csv\": \"1\"}}", 400),
                new Case("check: file name with a directory", "POST", "/api/v1/checks?wait=0", json, "{\"code\": \"x\", \"files\": [{\"name\": \"d/a.csv\", \"text\": \"1\"}]}", 400),
                new Case("check: file with text and base64", "POST", "/api/v1/checks?wait=0", json, "{\"code\": \"x\", \"files\": [{\"name\": \"a\", \"text\": \"1\", \"base64\": \"MQ==\"}]}", 400),
                new Case("check: 11 files", "POST", "/api/v1/checks?wait=0", json, "{\"code\": \"x\", \"files\": [" + String.join(",", java.util.Collections.nCopies(11, "{\"name\": \"a\", \"text\": \"1\"}")) + "]}", 400),
                new Case("check: diagnostics text", "POST", "/api/v1/checks?wait=0", json, "{\"code\": \"x\", \"diagnostics\": \"yes\"}", 400),
                new Case("check: wait -1", "POST", "/api/v1/checks?wait=-1", json, "{\"code\": \"x\"}", 400),
                new Case("check: wait text", "POST", "/api/v1/checks?wait=soon", json, "{\"code\": \"x\"}", 400),
                new Case("check: unknown check", "GET", "/api/v1/checks/" + unknown, null, null, 404),
                new Case("check: not a UUID", "GET", "/api/v1/checks/nope", null, null, 404),
                new Case("unknown path", "GET", "/api/v1/nothing-here", null, null, 404),
                new Case("wrong method", "DELETE", "/api/v1/jobs", null, null, 405));
    }

    @Test
    void textThatCannotBeStoredIsRefusedNamingItsField() {
        given().contentType("application/json").body("{\"problem\": \"abc\\u0000def\"}").post("/api/v1/jobs").then()
                .statusCode(400).body("detail", org.hamcrest.Matchers.equalTo(
                        "\"problem\" holds a NUL character (U+0000) at position 3, which cannot be stored"));
        given().contentType("application/json").body("{\"problems\": [{\"problem\": \"\\ud83d\"}]}").post("/api/v1/batches")
                .then().statusCode(400).body("detail", org.hamcrest.Matchers.containsString(
                        "\"problem\" holds half of a surrogate pair (U+D83D) at position 0"));
        given().contentType("application/json").body("{\"problem\": \"a whole pair is fine: \\ud83d\\udc3b\"}")
                .post("/api/v1/jobs").then().statusCode(202);
    }

    @Test
    void everyBadInputIsA4xxWithAReason() throws Exception {
        createJobs();
        StringBuilder table = new StringBuilder("\nbad input tried (case | status):\n");
        for (Case c : cases()) {
            var request = given();
            if (c.contentType() != null) {
                request = request.contentType(c.contentType());
            }
            if (c.body() != null) {
                request = request.body(c.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            Response response = request.request(c.method(), c.path());
            table.append(String.format("  %-44s | %d%n", c.name(), response.statusCode()));
            assertEquals(c.status(), response.statusCode(), c.name() + ": " + response.asString());
            if (c.status() != 405) {
                assertTrue(response.contentType().startsWith("application/problem+json"), c.name() + ": " + response.contentType());
                String detail = response.jsonPath().getString("detail");
                assertTrue(detail != null && !detail.isBlank() && !detail.contains("Exception"), c.name() + ": " + detail);
            }
        }
        System.out.println(table);
    }
}
