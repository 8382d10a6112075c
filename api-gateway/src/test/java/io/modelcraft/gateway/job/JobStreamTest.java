package io.modelcraft.gateway.job;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.gateway.AgentEvents;
import io.modelcraft.gateway.TestTenants;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client following one job as Server-Sent Events sees each change and the stream ends with the job. */
@QuarkusTest
class JobStreamTest {

    private String apiKey;

    @BeforeEach
    void tenant() {
        apiKey = TestTenants.useNewTenant();
    }

    @TestHTTPResource("/")
    URL base;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theStreamShowsEachChangeAndEndsWithTheJob() throws Exception {
        String jobId = given().contentType(ContentType.JSON).body(Map.of("problem", "bears"))
                .when().post("/api/v1/jobs").then().statusCode(202).extract().path("id");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/jobs/" + jobId + "/events"))
                .header("accept", "text/event-stream").header("Authorization", "Bearer " + apiKey).build();
        CompletableFuture<HttpResponse<Stream<String>>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        CompletableFuture<List<String>> lines = response.thenApply(r -> r.body().toList());
        Thread.sleep(1000);

        AgentEvents.send(jobId, "jobs.events.started.json", e -> { });
        AgentEvents.send(jobId, "jobs.events.phase-changed.json", e -> { });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/jobs/" + jobId).then()
                .body("phase", equalTo("WAITING_FOR_MODEL")).body("phaseSince", notNullValue()));
        AgentEvents.send(jobId, "jobs.events.iteration-recorded.json", e -> { });
        AgentEvents.send(jobId, "jobs.events.finished.json", e -> { });

        assertEquals(200, response.get(30, TimeUnit.SECONDS).statusCode());
        List<JsonNode> events = lines.get(60, TimeUnit.SECONDS).stream().filter(l -> l.startsWith("data:"))
                .map(l -> read(l.substring(5).strip())).toList();
        List<String> statuses = events.stream().map(e -> e.get("status").asText()).toList();
        assertEquals("QUEUED", statuses.get(0));
        assertEquals("SUCCEEDED", statuses.get(statuses.size() - 1), statuses.toString());
        assertTrue(events.stream().anyMatch(e -> e.get("iterations").asInt() == 1 && "TypeError: ".equals(
                e.get("latestError").asText().substring(0, 11))), events.toString());
        assertEquals(jobId, events.get(0).get("jobId").asText());
        assertTrue(events.stream().anyMatch(e -> "RUNNING".equals(e.get("status").asText())
                && "WAITING_FOR_MODEL".equals(e.get("phase").asText())), "the stream shows the job waiting: " + events);
        assertTrue(events.get(events.size() - 1).path("phase").asText(null) == null, "an ended job does nothing any more");
    }

    /**
     * The agent's drafts (its sample on the real broker) show on the stream while the model writes; the iteration,
     * once recorded, takes the draft's place. Drafts are sent until one shows, since this gateway reads only new ones.
     */
    @Test
    void theStreamShowsTheReplyWhileTheModelWritesIt() throws Exception {
        String jobId = given().contentType(ContentType.JSON).body(Map.of("problem", "bears"))
                .when().post("/api/v1/jobs").then().statusCode(202).extract().path("id");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/jobs/" + jobId + "/events"))
                .header("accept", "text/event-stream").header("Authorization", "Bearer " + apiKey).build();
        List<JsonNode> events = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Void>> done = HttpClient.newHttpClient().sendAsync(request,
                HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(line -> {
                    if (line.startsWith("data:")) {
                        events.add(read(line.substring(5).strip()));
                    }
                })));
        AgentEvents.send(jobId, "jobs.events.started.json", e -> { });
        StringBuilder written = new StringBuilder("I will model");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            written.append(" the bears");
            AgentEvents.draft(jobId, draft -> draft.put("iteration", 1).put("text", written.toString()));
            return events.stream().anyMatch(e -> e.path("draft").path("text").asText("").startsWith("I will model the bears"));
        });
        JsonNode drafted = events.stream().filter(e -> !e.path("draft").isMissingNode() && !e.get("draft").isNull())
                .reduce((first, second) -> second).orElseThrow();
        assertEquals(1, drafted.get("draft").get("iteration").asInt());
        assertEquals(1, drafted.get("draft").get("call").asInt());
        assertEquals(0, drafted.get("iterations").asInt());

        AgentEvents.send(jobId, "jobs.events.iteration-recorded.json", e -> { });
        AgentEvents.send(jobId, "jobs.events.finished.json", e -> { });
        done.get(60, TimeUnit.SECONDS);
        JsonNode last = events.get(events.size() - 1);
        assertEquals("SUCCEEDED", last.get("status").asText());
        assertTrue(last.get("draft").isNull(), "the recorded iteration replaced the draft: " + last);
    }

    @Test
    void anUnknownJobHasNoStream() {
        given().accept("text/event-stream").get("/api/v1/jobs/" + UUID.randomUUID() + "/events").then().statusCode(404);
    }

    /** Hands each line of the stream to {@code onLine} as it arrives. */
    private record LineCollector(Consumer<String> onLine) implements Flow.Subscriber<String> {
        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            onLine.accept(line);
        }

        @Override
        public void onError(Throwable error) {
        }

        @Override
        public void onComplete() {
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
