package io.modelcraft.gateway.tenant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.modelcraft.gateway.TestTenants;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the web page asks before a job: the allowed models (with a key), and on the local run the demo key, handed
 * to this machine's browser only with the page's header (the test profile names the key's file).
 */
@QuarkusTest
class LocalAccessTest {

    private static final Path DEMO_KEY = Path.of("target/demo-api-key-test");

    @BeforeEach
    @AfterEach
    void noKeyFile() throws Exception {
        Files.deleteIfExists(DEMO_KEY);
        RestAssured.requestSpecification = null;
    }

    @Test
    void theAllowedModelsAreListedTheDefaultFirst() {
        given().get("/api/v1/models").then().statusCode(401);
        TestTenants.useNewTenant();
        given().get("/api/v1/models").then().statusCode(200)
                .body("models.name", contains("openai:scripted", "openai:scripted-large", "anthropic:claude-scripted"))
                .body("models.isDefault", contains(true, false, false))
                .body("models[2].provider", equalTo("anthropic")).body("models[2].model", equalTo("claude-scripted"));
    }

    @Test
    void theDemoKeyGoesOnlyToThePageOnThisMachine() throws Exception {
        given().header("X-ModelCraft-Page", "1").get("/local/demo-key").then().statusCode(404)
                .body("detail", containsString("run deploy/up.sh"));
        Files.writeString(DEMO_KEY, "mck_demo_key_for_the_test\n", StandardCharsets.UTF_8);
        given().get("/local/demo-key").then().statusCode(400).body("detail", containsString("X-ModelCraft-Page"));
        given().header("X-ModelCraft-Page", "1").get("/local/demo-key").then().statusCode(200)
                .header("Cache-Control", "no-store").body(equalTo("mck_demo_key_for_the_test"));
    }
}
