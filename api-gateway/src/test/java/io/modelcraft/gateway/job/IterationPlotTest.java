package io.modelcraft.gateway.job;

import io.modelcraft.testing.KafkaTestSupport;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcraft.gateway.AgentEvents;
import io.modelcraft.gateway.TestTenants;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A passing check's plots, sent by the agent on the real broker, are stored apart and served as PNG. */
@QuarkusTest
class IterationPlotTest {

    @Inject
    ObjectMapper json;

    @Test
    void plotsAreServedAsPngAndTheVerdictNamesThemByUrl() throws Exception {
        TestTenants.useNewTenant();
        String jobId = given().contentType(ContentType.JSON).body(Map.of("problem", "How many bears?", "diagnostics", true))
                .when().post("/api/v1/jobs").then().statusCode(202).extract().path("id");
        byte[] png = png();
        String base64 = Base64.getEncoder().encodeToString(png);
        ObjectNode recorded = recordedWithPlots(jobId, base64);
        String withPlots = json.writeValueAsString(recorded);
        AgentEvents.send(jobId, "jobs.events.started.json", e -> { });
        for (int delivery = 0; delivery < 2; delivery++) {
            KafkaTestSupport.send(KafkaTestSupport.topic("jobs.events"), jobId, withPlots);
        }
        // The same iteration again under a new event id, as an agent retrying its publish would send it.
        AgentEvents.send(jobId, "jobs.events.iteration-recorded.json", e -> e.set("iteration", recorded.get("iteration")));
        AgentEvents.send(jobId, "jobs.events.finished.json", e -> { });

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/api/v1/jobs/" + jobId)
                .then().statusCode(200).body("status", equalTo("SUCCEEDED")));
        String url = "/api/v1/jobs/" + jobId + "/iterations/1/plots/posterior.png";
        Response view = given().when().get("/api/v1/jobs/" + jobId);
        view.then().body("iterations.size()", equalTo(1))
                .body("iterations[0].check.posterior.plots.posterior", equalTo(url))
                .body("iterations[0].check.posterior.plots", not(hasKey("bad")))
                .body("iterations[0].check.posterior.draws", equalTo(200));
        assertFalse(view.asString().contains(base64.substring(0, 40)), view.asString());
        assertFalse(view.asString().contains("not a png"), view.asString());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> IterationPlot.count("jobId", UUID.fromString(jobId))));
        assertEquals(0, KafkaTestSupport.read(KafkaTestSupport.topic("jobs.events.dlq"), jobId, 1, Duration.ofSeconds(2)).size());

        Response plot = given().when().get(url);
        plot.then().statusCode(200).contentType("image/png").header("Cache-Control", "private, max-age=86400");
        assertArrayEquals(png, plot.asByteArray());

        given().when().get("/api/v1/jobs/" + jobId + "/iterations/1/plots/ppc.png").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no plot \"ppc\""));
        given().when().get("/api/v1/jobs/" + jobId + "/iterations/7/plots/posterior.png").then().statusCode(404)
                .body("detail", containsString("no iteration 7"));
        TestTenants.useNewTenant();
        given().when().get(url).then().statusCode(404).body("detail", containsString("no job"));
    }

    /** The sample iteration, passed with diagnostics, whose posterior brings a real PNG and an entry that is none. */
    private ObjectNode recordedWithPlots(String jobId, String base64) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/samples/jobs.events.iteration-recorded.json")) {
            ObjectNode event = (ObjectNode) json.readTree(in);
            event.put("jobId", jobId).put("eventId", UUID.randomUUID().toString());
            ObjectNode check = ((ObjectNode) event.get("iteration").get("check")).put("ok", true).put("stage", "complete");
            check.putNull("error");
            ObjectNode posterior = check.putObject("posterior").put("draws", 200).put("chains", 2);
            posterior.putObject("plots").put("posterior", base64).put("bad", "not a png");
            return event;
        }
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, Color.ORANGE.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
