package io.modelcraft.gateway.job;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcraft.gateway.TestTenants;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/jobs} on the shared test database: every assertion looks only at the jobs this test
 * created (their problem starts with a prefix of their own, and they were created after {@code start}).
 */
@QuarkusTest
class JobListTest {

    private record Item(String id, String status, String problem, Instant createdAt, long iterationCount) {
    }

    private static final Comparator<Item> NEWEST_FIRST = Comparator.comparing(Item::createdAt)
            .thenComparing(Item::id).reversed(); // lower-case UUID text sorts as PostgreSQL sorts uuid

    private final String prefix = "list-" + UUID.randomUUID() + " ";
    private final List<String> created = new ArrayList<>(); // oldest first
    private Instant start;

    @BeforeEach
    void createJobs() {
        TestTenants.useNewTenant();
        start = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < 25; i++) {
            String problem = prefix + "job " + i + (i == 0 ? " " + "🐻".repeat(300) : "");
            created.add(given().contentType(ContentType.JSON).body(Map.of("problem", problem))
                    .when().post("/api/v1/jobs").then().statusCode(202).extract().path("id"));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            // Seven jobs share one creation time, across the boundary of pages of 7: the id breaks the tie.
            Instant tie = job(10).createdAt;
            for (int i = 8; i <= 14; i++) {
                job(i).createdAt = tie;
            }
            for (int i : List.of(2, 17, 21)) {
                job(i).status = JobStatus.SUCCEEDED;
                job(i).finishedAt = Instant.now();
            }
            job(5).status = JobStatus.FAILED;
            for (int n = 1; n <= 2; n++) {
                JobIteration it = new JobIteration();
                it.jobId = job(3).id;
                it.number = n;
                it.messagesJson = "[]";
                it.recordedAt = Instant.now();
                it.persist();
            }
        });
    }

    private Job job(int i) {
        return Job.findById(UUID.fromString(created.get(i)));
    }

    /** Every page of the listing with these parameters, following nextCursor; only this test's jobs kept. */
    private List<Item> walk(Map<String, Object> params, int limit) {
        List<Item> all = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> query = new HashMap<>(params);
            query.put("limit", limit);
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            JsonPath page = given().queryParams(query).when().get("/api/v1/jobs")
                    .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            cursor = page.getString("nextCursor");
            assertTrue(items.size() == limit || (cursor == null && items.size() < limit),
                    "only the last page may be short: " + items.size() + ", next " + cursor);
            items.forEach(m -> all.add(new Item((String) m.get("id"), (String) m.get("status"), (String) m.get("problem"),
                    Instant.parse((String) m.get("createdAt")), ((Number) m.get("iterationCount")).longValue())));
        } while (cursor != null);
        assertEquals(all.size(), new HashSet<>(all.stream().map(Item::id).toList()).size(), "pages overlap");
        assertEquals(all.stream().sorted(NEWEST_FIRST).toList(), all, "not newest first");
        return all.stream().filter(item -> item.problem().startsWith(prefix)).toList();
    }

    private Set<String> ids(List<Item> items) {
        return new HashSet<>(items.stream().map(Item::id).toList());
    }

    private Set<String> created(int... indexes) {
        Set<String> ids = new HashSet<>();
        for (int i : indexes) {
            ids.add(created.get(i));
        }
        return ids;
    }

    @Test
    void pagesOfSevenWalkEveryJobOnceNewestFirst() {
        List<Item> mine = walk(Map.of("createdSince", start.toString()), 7);
        assertEquals(25, mine.size());
        assertEquals(new HashSet<>(created), ids(mine));
        assertEquals(created.get(24), mine.get(0).id());
        assertEquals(created.get(0), mine.get(24).id());

        Item first = mine.get(24);
        assertEquals(201, first.problem().codePointCount(0, first.problem().length()));
        assertTrue(first.problem().endsWith("🐻…"), first.problem());
        assertEquals(prefix + "job 7", mine.get(17).problem());
        mine.forEach(item -> assertEquals(item.id().equals(created.get(3)) ? 2 : 0, item.iterationCount(), item.id()));
    }

    @Test
    void filtersByStatusAndCreationTime() {
        assertEquals(created(2, 17, 21), ids(walk(Map.of("status", "SUCCEEDED", "createdSince", start.toString()), 2)));
        assertEquals(created(5), ids(walk(Map.of("status", "FAILED", "createdSince", start.toString()), 7)));
        Set<String> queued = new HashSet<>(created);
        queued.removeAll(created(2, 5, 17, 21));
        List<Item> mineQueued = walk(Map.of("status", "QUEUED", "createdSince", start.toString()), 100);
        assertEquals(queued, ids(mineQueued));
        mineQueued.forEach(item -> assertEquals("QUEUED", item.status()));

        Instant since = QuarkusTransaction.requiringNew().call(() -> job(10).createdAt); // the tied group's time
        Set<String> later = created(8, 9, 10, 11, 12, 13, 14);
        for (int i = 15; i < 25; i++) {
            later.add(created.get(i));
        }
        assertEquals(later, ids(walk(Map.of("createdSince", since.toString()), 7)));
        assertEquals(Set.of(), ids(walk(Map.of("createdSince", Instant.now().plusSeconds(3600).toString()), 7)));
    }

    @Test
    void aCursorOnlyContinuesTheListingThatMadeIt() {
        String since = start.toString();
        String cursor = given().queryParams(Map.of("status", "QUEUED", "createdSince", since, "limit", 2))
                .when().get("/api/v1/jobs").then().statusCode(200).extract().path("nextCursor");
        assertNotNull(cursor);
        given().queryParams(Map.of("status", "QUEUED", "createdSince", since, "limit", 5, "cursor", cursor))
                .when().get("/api/v1/jobs").then().statusCode(200);

        List<Map<String, Object>> refused = List.of(
                Map.of("status", "SUCCEEDED", "createdSince", since, "cursor", cursor),
                Map.of("status", "QUEUED", "cursor", cursor),
                Map.of("createdSince", since, "cursor", cursor),
                Map.of("status", "QUEUED", "createdSince", since, "cursor", tamper(cursor, 3)),
                Map.of("status", "QUEUED", "createdSince", since, "cursor", tamper(cursor, cursor.length() - 1)),
                Map.of("status", "QUEUED", "createdSince", since, "cursor", cursor.substring(1)),
                Map.of("status", "QUEUED", "createdSince", since, "cursor", cursor + "A"),
                Map.of("status", "QUEUED", "createdSince", since, "cursor", "not a cursor"));
        refused.forEach(params -> given().queryParams(params).when().get("/api/v1/jobs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", containsString("cursor")));
    }

    private static String tamper(String cursor, int at) {
        char replacement = cursor.charAt(at) == 'A' ? 'B' : 'A';
        return cursor.substring(0, at) + replacement + cursor.substring(at + 1);
    }

    @Test
    void badParametersAreRefusedWithProblemDetails() {
        List<Map.Entry<String, Object>> cases = List.of(Map.entry("status", "DONE"), Map.entry("status", "queued"),
                Map.entry("limit", 0), Map.entry("limit", 101), Map.entry("limit", "seven"), Map.entry("limit", "7.5"),
                Map.entry("limit", -1), Map.entry("limit", "99999999999"), Map.entry("createdSince", "yesterday"),
                Map.entry("createdSince", "2026-13-01T00:00:00Z"), Map.entry("createdSince", "2026-01-01"));
        cases.forEach(bad -> given().queryParam(bad.getKey(), bad.getValue()).when().get("/api/v1/jobs")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("detail", containsString("\"" + bad.getKey() + "\"")));
    }

    @Test
    void withoutParametersTheFirstPageHasTwentyOfTheNewest() {
        JsonPath page = given().when().get("/api/v1/jobs").then().statusCode(200).extract().jsonPath();
        assertEquals(20, page.getList("items").size()); // at least the 25 jobs of this test exist
        assertNotNull(page.getString("nextCursor"));
        JsonPath all = given().queryParam("limit", 100).queryParam("createdSince", start.toString())
                .when().get("/api/v1/jobs").then().statusCode(200).extract().jsonPath();
        List<String> problems = all.getList("items.problem");
        assertEquals(25, problems.stream().filter(p -> p.startsWith(prefix)).count());
        assertNull(all.getString("nextCursor"));

        // An empty parameter is the same as none (the framework does not tell them apart).
        given().queryParams(Map.of("status", "", "limit", "", "createdSince", "", "cursor", ""))
                .when().get("/api/v1/jobs").then().statusCode(200).body("items.size()", equalTo(20));
    }
}
