package io.modelcraft.gateway.job.idempotency;

import io.modelcraft.testing.KafkaTestSupport;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcraft.gateway.TestTenants;
import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.JobService;
import io.modelcraft.gateway.tenant.Tenants;
import io.modelcraft.gateway.job.NewJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on submit, against the real database and broker. */
@QuarkusTest
class IdempotencyKeyTest {

    @BeforeEach
    void tenant() {
        TestTenants.useNewTenant();
    }

    @Inject
    JobService jobs;

    @Inject
    Tenants tenants;

    private static ValidatableResponse submit(String key, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/jobs").then();
    }

    private static long jobsWithProblem(String problem) {
        return QuarkusTransaction.requiringNew().call(() -> Job.count("problem", problem));
    }

    @Test
    void aRetryAnswersWithTheSameJobAndNothingNewIsStoredOrAnnounced() {
        String key = "retry-" + UUID.randomUUID();
        String problem = "How many grizzly bears? " + key;
        String id = submit(key, Map.of("problem", problem, "maxIterations", 3)).statusCode(202)
                .header("Idempotent-Replayed", nullValue()).extract().path("id");

        // The same request after normalisation: the problem is stripped, field order does not matter.
        Map<String, Object> again = new HashMap<>(Map.of("maxIterations", 3, "problem", "  " + problem + "\n"));
        for (int retry = 0; retry < 2; retry++) {
            submit(key, again).statusCode(202).body("id", equalTo(id)).body("status", equalTo("QUEUED"))
                    .body("statusUrl", containsString(id)).header("Idempotent-Replayed", equalTo("true"));
        }

        assertEquals(1, jobsWithProblem(problem));
        assertEquals(1, KafkaTestSupport.read(KafkaTestSupport.topic("jobs.requested"),
                r -> r.value().contains(key), 2, Duration.ofSeconds(5)).size());
    }

    /** The refused request's webhook URL is not registered: its secret would never have been shown. */
    @Test
    void theSameKeyWithAnotherRequestIsAConflict() {
        String key = "conflict-" + UUID.randomUUID();
        String problem = "How many grizzly bears? " + key;
        submit(key, Map.of("problem", problem)).statusCode(202);

        List<Map<String, Object>> others = List.of(Map.of("problem", problem + " (edited)"),
                Map.of("problem", problem, "maxIterations", 2),
                Map.of("problem", problem, "model", "scripted-large"),
                Map.of("problem", problem, "webhookUrl", "http://127.0.0.1:9/hook"),
                Map.of("problem", problem, "diagnostics", true));
        for (Map<String, Object> other : others) {
            submit(key, other).statusCode(409).contentType("application/problem+json")
                    .body("status", equalTo(409)).body("title", equalTo("Conflict"))
                    .body("detail", containsString("different request"));
        }
        assertEquals(1, jobsWithProblem(problem));
        given().get("/api/v1/webhook-endpoints").then().statusCode(200).body("size()", equalTo(0));
        // A refused conflicting body does not spoil the key: the original request still replays.
        submit(key, Map.of("problem", problem)).statusCode(202).header("Idempotent-Replayed", equalTo("true"));
    }

    @Test
    void invalidKeysAreRefusedWithProblemDetails() {
        String problem = "invalid keys " + UUID.randomUUID();
        for (String key : List.of("", "k".repeat(201), "clé", "tab\there")) {
            submit(key, Map.of("problem", problem)).statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("detail", containsString("Idempotency-Key"));
        }
        given().contentType(ContentType.JSON).header("Idempotency-Key", "one").header("Idempotency-Key", "two")
                .body(Map.of("problem", problem)).when().post("/api/v1/jobs")
                .then().statusCode(400).body("detail", containsString("once"));
        assertEquals(0, jobsWithProblem(problem));

        // The limits themselves are accepted: 200 characters, and any printable ASCII (spaces, commas, quotes).
        submit("k".repeat(199) + UUID.randomUUID().toString().charAt(0), Map.of("problem", problem)).statusCode(202);
        submit("a key, with \"punctuation\" ~ " + UUID.randomUUID(), Map.of("problem", problem)).statusCode(202);
        assertEquals(2, jobsWithProblem(problem));
    }

    @Test
    void aSecondInsertWithATakenKeyFailsOnTheKeyConstraintAndStoresNothing() {
        String key = "insert-" + UUID.randomUUID();
        NewJob request = job("insert twice " + key, null, null, null);
        UUID tenantId = tenants.create("insert-" + UUID.randomUUID(), null, null).tenant().id;
        jobs.submit(tenantId, request, key, RequestFingerprint.of(request));
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> jobs.submit(tenantId, request, key, RequestFingerprint.of(request)));
        assertTrue(UniqueViolation.of(failure, IdempotentSubmit.KEY_CONSTRAINT), failure::toString);
        assertEquals(1, jobsWithProblem(request.problem()));
    }

    @Test
    void theFingerprintCoversEveryFieldAndNothingElse() {
        NewJob base = job("bears", "http://example.org/h", 3, "m");
        assertEquals(RequestFingerprint.of(base), RequestFingerprint.of(job("bears", "http://example.org/h", 3, "m")));
        List<NewJob> others = List.of(job("bears!", "http://example.org/h", 3, "m"),
                job("bears", null, 3, "m"), job("bears", "http://example.org/h", null, "m"),
                job("bears", "http://example.org/h", 3, null),
                new NewJob("bears", "http://example.org/h", 3, "anthropic", "m", null, null, null, null, null),
                new NewJob("bears", "http://example.org/h", 3, "openai", "m", true, null, null, null, null),
                new NewJob("bears", "http://example.org/h", 3, null, "m", null, true, null, null, null),
                new NewJob("bears", "http://example.org/h", 3, null, "m", null, false, null, null, null));
        others.forEach(other -> assertTrue(!RequestFingerprint.of(base).equals(RequestFingerprint.of(other)), other::toString));
        assertEquals(64, RequestFingerprint.of(base).length());
    }

    @Test
    void aHashStoredBeforeTheNewerFieldsStillMatches() {
        // SHA-256 of {"maxIterations":3,"model":"m","problem":"bears","webhookUrl":null}, as the first release stored it.
        assertEquals(sha256("{\"maxIterations\":3,\"model\":\"m\",\"problem\":\"bears\",\"webhookUrl\":null}"),
                RequestFingerprint.of(job("bears", null, 3, "m")));
    }

    private static NewJob job(String problem, String webhookUrl, Integer maxIterations, String model) {
        return new NewJob(problem, webhookUrl, maxIterations, null, model, null, null, null, null, null);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
