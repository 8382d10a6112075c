package io.modelcraft.gateway.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.modelcraft.gateway.TestTenants;
import io.modelcraft.gateway.job.Job;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several gateways sweeping the same database at once, played by threads that each run a sweep. */
@QuarkusTest
class WebhookReplicasTest {

    private static final int WEBHOOKS = 12;
    private static final int REPLICAS = 4;

    @Inject
    WebhookDispatcher dispatcher;

    private HttpServer receiver;
    private ExecutorService receiverThreads;
    private final Map<String, AtomicInteger> sendsById = new ConcurrentHashMap<>();

    @BeforeEach
    void startReceiver() throws IOException {
        TestTenants.useNewTenant();
        receiverThreads = Executors.newFixedThreadPool(8);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(receiverThreads);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            sendsById.computeIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"), id -> new AtomicInteger())
                    .incrementAndGet();
            pause(50); // slow enough that the sweeps overlap
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
        receiverThreads.shutdownNow();
    }

    @Test
    void sweepsRunningAtOnceSendEachWebhookOnceAndRecordOneAttempt() throws Exception {
        List<UUID> jobIds = IntStream.range(0, WEBHOOKS).mapToObj(i -> submitJob()).toList();
        QuarkusTransaction.requiringNew().run(() -> {
            jobIds.forEach(id -> WebhookDelivery.queueForJob(Job.findById(id), "{}"));
            dueAt(jobIds, Instant.now().plus(Duration.ofHours(1))); // not before all sweeps are ready
        });
        ExecutorService replicas = Executors.newFixedThreadPool(REPLICAS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> sweeps = new ArrayList<>();
        for (int i = 0; i < REPLICAS; i++) {
            sweeps.add(replicas.submit(() -> {
                go.await();
                dispatcher.deliverDue();
                return null;
            }));
        }
        QuarkusTransaction.requiringNew().run(() -> dueAt(jobIds, Instant.now()));
        go.countDown();
        for (Future<?> sweep : sweeps) {
            sweep.get(60, TimeUnit.SECONDS);
        }
        replicas.shutdown();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                WebhookDelivery.count("jobId in ?1 and status = ?2", jobIds, WebhookDelivery.Status.DELIVERED)) == WEBHOOKS);
        Thread.sleep(500); // a late second send would show up
        assertEquals(WEBHOOKS, sendsById.size());
        sendsById.forEach((id, sends) -> assertEquals(1, sends.get(), "sends of " + id));
        QuarkusTransaction.requiringNew().run(() -> WebhookDelivery.<WebhookDelivery>list("jobId in ?1", jobIds).forEach(d -> {
            assertEquals(1, d.attempts, "attempts of " + d.id);
            assertEquals(List.of(1), WebhookAttempt.ofDelivery(d.id).stream().map(a -> a.number).toList());
        }));
    }

    @Test
    void aJobsWebhookQueuedTwiceIsQueuedOnce() {
        UUID jobId = submitJob();
        assertTrue(QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.queueForJob(Job.findById(jobId), "{}")));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.queueForJob(Job.findById(jobId), "{}")));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.count("jobId", jobId)));
    }

    private UUID submitJob() {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        return UUID.fromString(given().contentType(ContentType.JSON).body(Map.of("problem", "bears", "webhookUrl", url))
                .when().post("/api/v1/jobs").then().statusCode(202).extract().path("id"));
    }

    private static void dueAt(List<UUID> jobIds, Instant when) {
        WebhookDelivery.update("nextAttemptAt = ?1 where jobId in ?2", when, jobIds);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
