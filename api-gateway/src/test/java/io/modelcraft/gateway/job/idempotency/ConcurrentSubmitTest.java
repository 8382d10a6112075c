package io.modelcraft.gateway.job.idempotency;

import io.modelcraft.testing.KafkaTestSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.gateway.TestTenants;
import io.modelcraft.gateway.job.Job;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Submits released together with one key: one job, one announcement, every caller told its id. */
@QuarkusTest
class ConcurrentSubmitTest {

    private static final int THREADS = 8;

    @TestHTTPResource("/api/v1/jobs")
    URI jobs;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void concurrentSubmitsWithOneKeyCreateOneJob() throws Exception {
        String apiKey = TestTenants.newKey();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < 3; round++) {
                String key = "race-" + UUID.randomUUID();
                String problem = "How many grizzly bears? " + key;
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < THREADS; i++) {
                    answers.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return http.send(request(apiKey, key, problem), HttpResponse.BodyHandlers.ofString());
                    }));
                }
                Set<String> ids = new HashSet<>();
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                    assertEquals(202, response.statusCode(), response.body());
                    ids.add(json.readTree(response.body()).get("id").asText());
                }
                assertEquals(1, ids.size(), "every caller gets the one job: " + ids);
                assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Job.count("problem", problem)));
                List<String> announced = KafkaTestSupport.read(KafkaTestSupport.topic("jobs.requested"),
                        r -> r.value().contains(key), 2, Duration.ofSeconds(5)).stream().map(r -> r.key()).toList();
                assertEquals(List.copyOf(ids), announced);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpRequest request(String apiKey, String key, String problem) throws Exception {
        return HttpRequest.newBuilder(jobs).header("Content-Type", "application/json").header("Idempotency-Key", key)
                .header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("problem", problem))))
                .timeout(Duration.ofSeconds(30)).build();
    }
}
