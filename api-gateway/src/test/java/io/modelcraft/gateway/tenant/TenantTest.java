package io.modelcraft.gateway.tenant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcraft.gateway.AgentEvents;
import io.modelcraft.gateway.TestTenants;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API keys, tenant isolation and the per-tenant rate limit, through the real filter, database and broker. */
@QuarkusTest
class TenantTest {

    @BeforeEach
    void noDefaultKey() {
        RestAssured.requestSpecification = null;
    }

    private static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    @Test
    void noKeyABadKeyAndARevokedKeyAre401WithAReason() {
        Response none = given().get("/api/v1/jobs");
        assertEquals(401, none.statusCode());
        assertEquals("Bearer", none.header("WWW-Authenticate"));
        assertTrue(none.contentType().startsWith("application/problem+json"));
        assertTrue(none.jsonPath().getString("detail").contains("Authorization: Bearer"));
        as("mck_" + "x".repeat(43)).get("/api/v1/jobs").then().statusCode(401).body("detail", containsString("not valid"));
        given().header("Authorization", "Basic dXNlcjpwdw==").get("/api/v1/jobs").then().statusCode(401);

        String key = TestTenants.newKey();
        as(key).get("/api/v1/jobs").then().statusCode(200);
        Response issued = admin().post("/admin/v1/tenants/" + tenantOf(key) + "/api-keys");
        assertEquals(201, issued.statusCode(), issued.asString());
        String second = issued.path("apiKey");
        as(second).get("/api/v1/jobs").then().statusCode(200); // now remembered as valid
        admin().delete("/admin/v1/api-keys/" + issued.path("id")).then().statusCode(204);
        as(second).get("/api/v1/jobs").then().statusCode(401);
        as(key).get("/api/v1/jobs").then().statusCode(200); // the tenant's other key still works
    }

    @Test
    void keysAreStoredOnlyAsHashes() {
        String key = TestTenants.newKey();
        long stored = QuarkusTransaction.requiringNew().call(() -> ApiKey.count("keyHash", KeyHash.of(key)));
        long plain = QuarkusTransaction.requiringNew().call(() -> ApiKey.count("keyHash = ?1 or prefix = ?1", key));
        assertEquals(1, stored);
        assertEquals(0, plain);
    }

    @Test
    void anotherTenantsJobsAndBatchesAre404AndUnlisted() throws Exception {
        String alice = TestTenants.newKey();
        String bob = TestTenants.newKey();
        String job = as(alice).contentType(ContentType.JSON).body(Map.of("problem", "alice's bears"))
                .post("/api/v1/jobs").then().statusCode(202).extract().path("id");
        AgentEvents.startAndFinish(job);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                "SUCCEEDED".equals(as(alice).get("/api/v1/jobs/" + job).then().extract().path("status")));
        String batch = as(alice).contentType(ContentType.JSON).body(Map.of("problems", List.of(Map.of("problem", "p"))))
                .post("/api/v1/batches").then().statusCode(202).extract().path("id");

        for (String[] call : List.of(new String[] {"GET", "/api/v1/jobs/" + job},
                new String[] {"POST", "/api/v1/jobs/" + job + "/cancel"},
                new String[] {"GET", "/api/v1/jobs/" + job + "/events"},
                new String[] {"GET", "/api/v1/jobs/" + job + "/webhook-deliveries"},
                new String[] {"GET", "/api/v1/batches/" + batch},
                new String[] {"POST", "/api/v1/batches/" + batch + "/regenerate"},
                new String[] {"GET", "/api/v1/batches/compare?before=" + batch + "&now=" + batch})) {
            Response answer = as(bob).contentType(ContentType.JSON).body("{}").request(call[0], call[1]);
            assertEquals(404, answer.statusCode(), call[1] + ": " + answer.asString());
        }
        as(bob).contentType(ContentType.JSON).body(Map.of("message", "use a Beta prior"))
                .post("/api/v1/jobs/" + job + "/follow-ups").then().statusCode(404);
        as(bob).get("/api/v1/jobs").then().statusCode(200).body("items.id", not(hasItem(job)));
        as(bob).get("/api/v1/jobs?batch=" + batch).then().statusCode(200).body("items.size()", equalTo(0));
        as(alice).get("/api/v1/jobs?batch=" + batch).then().statusCode(200).body("items.size()", equalTo(1));
        as(alice).contentType(ContentType.JSON).body(Map.of("message", "use a Beta prior"))
                .post("/api/v1/jobs/" + job + "/follow-ups").then().statusCode(202);
    }

    @Test
    void oneIdempotencyKeyInTwoTenantsMakesTwoJobs() {
        String key = "shared-" + UUID.randomUUID();
        String first = as(TestTenants.newKey()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("problem", "bears")).post("/api/v1/jobs").then().statusCode(202).extract().path("id");
        String second = as(TestTenants.newKey()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("problem", "bears")).post("/api/v1/jobs").then().statusCode(202)
                .header("Idempotent-Replayed", nullValue()).extract().path("id");
        assertNotEquals(first, second);
    }

    @Test
    void aTenantOverItsLimitGets429WithRetryAfterAndOthersDoNot() throws Exception {
        String slow = TestTenants.newKey(1, 3);
        String other = TestTenants.newKey(1, 3);
        for (int i = 0; i < 3; i++) {
            as(slow).get("/api/v1/jobs").then().statusCode(200);
        }
        Response limited = as(slow).get("/api/v1/jobs");
        assertEquals(429, limited.statusCode());
        assertEquals("1", limited.header("Retry-After"));
        assertTrue(limited.jsonPath().getString("detail").contains("1 requests per second"));
        as(other).get("/api/v1/jobs").then().statusCode(200);
        Thread.sleep(1100);
        as(slow).get("/api/v1/jobs").then().statusCode(200);
    }

    @Test
    void theAdminApiWantsItsToken() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).post("/admin/v1/tenants").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").get("/admin/v1/tenants").then().statusCode(401);
        String key = TestTenants.newKey();
        as(key).get("/admin/v1/tenants").then().statusCode(401); // a tenant's key is not the admin token
        String name = "dup-" + UUID.randomUUID();
        admin().body(Map.of("name", name)).post("/admin/v1/tenants").then().statusCode(201);
        admin().body(Map.of("name", name)).post("/admin/v1/tenants").then().statusCode(409);
        admin().body(Map.of("name", "no spaces please")).post("/admin/v1/tenants").then().statusCode(400);
        admin().body(Map.of("name", "z" + UUID.randomUUID(), "requestsPerSecond", 0)).post("/admin/v1/tenants")
                .then().statusCode(400);
        admin().post("/admin/v1/tenants/" + UUID.randomUUID() + "/api-keys").then().statusCode(404);
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + TestTenants.ADMIN_TOKEN).contentType(ContentType.JSON);
    }

    private static String tenantOf(String key) {
        return QuarkusTransaction.requiringNew().call(() ->
                ApiKey.<ApiKey>find("keyHash", KeyHash.of(key)).firstResult().tenantId.toString());
    }
}
