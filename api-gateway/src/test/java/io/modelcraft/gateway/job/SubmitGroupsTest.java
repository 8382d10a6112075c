package io.modelcraft.gateway.job;

import io.modelcraft.testing.KafkaTestSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.gateway.TestTenants;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Submits released together share commits, and a submit that cannot be stored (a reused idempotency key)
 * spoils nothing for the others in its group.
 */
@QuarkusTest
class SubmitGroupsTest {

    private static final int NEW_JOBS = 32;

    @TestHTTPResource("/api/v1/jobs")
    URI jobs;
    @Inject
    EntityManager entities;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void submitsReleasedTogetherShareCommitsAndEachGetsItsOwnOutcome() throws Exception {
        String apiKey = TestTenants.newKey();
        String run = UUID.randomUUID().toString();
        String key = "used-" + run;
        HttpResponse<String> first = http.send(request(apiKey, key, "first " + run), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, first.statusCode(), first.body());
        String firstId = json.readTree(first.body()).get("id").asText();

        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < NEW_JOBS; i++) {
            requests.add(request(apiKey, null, "new " + i + " " + run));
        }
        requests.add(request(apiKey, key, "first " + run)); // a retry: answered with the first job
        requests.add(request(apiKey, key, "other " + run)); // the key reused for another request: 409
        String racedKey = "raced-" + run; // two first submits with one new key: one job, which both are told of
        requests.add(request(apiKey, racedKey, "raced " + run));
        requests.add(request(apiKey, racedKey, "raced " + run));
        List<HttpResponse<String>> answers = releaseTogether(requests);

        Set<String> newIds = answers.subList(0, NEW_JOBS).stream().map(this::acceptedId).collect(Collectors.toSet());
        assertEquals(NEW_JOBS, newIds.size());
        assertEquals(firstId, acceptedId(answers.get(NEW_JOBS)));
        assertEquals(409, answers.get(NEW_JOBS + 1).statusCode(), answers.get(NEW_JOBS + 1).body());
        String racedId = acceptedId(answers.get(NEW_JOBS + 2));
        assertEquals(racedId, acceptedId(answers.get(NEW_JOBS + 3)));

        long commits = QuarkusTransaction.requiringNew().call(() -> (Long) entities.createNativeQuery(
                "select count(distinct xmin::text) from gateway.job where problem like ?1", Long.class)
                .setParameter(1, "new % " + run).getSingleResult());
        assertTrue(commits < NEW_JOBS, NEW_JOBS + " jobs were stored in " + commits + " commits");
        List<String> announced = KafkaTestSupport.read(KafkaTestSupport.topic("jobs.requested"),
                r -> r.value().contains(run), NEW_JOBS + 3, Duration.ofSeconds(5)).stream().map(r -> r.key()).toList();
        assertEquals(NEW_JOBS + 2, announced.size(), "each stored job announced once: " + announced);
        assertTrue(announced.containsAll(newIds) && announced.contains(firstId) && announced.contains(racedId));
    }

    private List<HttpResponse<String>> releaseTogether(List<HttpRequest> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CyclicBarrier start = new CyclicBarrier(requests.size());
            List<Future<HttpResponse<String>>> pending = new ArrayList<>();
            for (HttpRequest request : requests) {
                pending.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pending) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private String acceptedId(HttpResponse<String> response) {
        assertEquals(202, response.statusCode(), response.body());
        try {
            return json.readTree(response.body()).get("id").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private HttpRequest request(String apiKey, String idempotencyKey, String problem) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(jobs).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("problem", problem))))
                .timeout(Duration.ofSeconds(30));
        return (idempotencyKey == null ? builder : builder.header("Idempotency-Key", idempotencyKey)).build();
    }
}
