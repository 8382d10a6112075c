package io.modelcraft.gateway.batch;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.modelcraft.gateway.TestTenants;
import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.JobStatus;
import io.modelcraft.gateway.webhook.WebhookDelivery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The last two jobs of a batch ending at the same moment, as on two gateways, in two concurrent transactions. */
@QuarkusTest
class BatchEndingTest {

    @Inject
    BatchEnding ending;

    @Test
    void whenTheLastTwoJobsEndTogetherTheBatchWebhookIsQueuedOnce() throws Exception {
        TestTenants.useNewTenant();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/batch", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        ExecutorService gateways = Executors.newFixedThreadPool(2);
        try {
            String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/batch";
            UUID batchId = UUID.fromString(given().contentType(ContentType.JSON).body(Map.of("webhookUrl", hook, "problems",
                            List.of(Map.of("problem", "x"), Map.of("problem", "y"))))
                    .when().post("/api/v1/batches").then().statusCode(202).extract().path("id"));
            List<UUID> jobIds = QuarkusTransaction.requiringNew().call(() ->
                    Job.<Job>list("batchId", batchId).stream().map(job -> job.id).toList());
            assertEquals(2, jobIds.size());

            CyclicBarrier bothEnded = new CyclicBarrier(2);
            List<Future<Boolean>> queued = jobIds.stream().map(jobId -> gateways.submit(() ->
                    QuarkusTransaction.requiringNew().call(() -> {
                        Job job = Job.findById(jobId);
                        job.status = JobStatus.SUCCEEDED;
                        job.finishedAt = Instant.now();
                        Job.flush();
                        bothEnded.await(10, TimeUnit.SECONDS); // each has ended its job, neither has committed
                        return ending.jobEnded(job);
                    }))).toList();

            int queuedCount = 0;
            for (Future<Boolean> result : queued) {
                queuedCount += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, queuedCount);
            assertEquals(1, QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.count("batchId", batchId)));
        } finally {
            gateways.shutdownNow();
            receiver.stop(0);
        }
    }
}
