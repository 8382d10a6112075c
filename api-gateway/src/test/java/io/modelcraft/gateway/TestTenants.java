package io.modelcraft.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Tenants made through the real admin API, so that a test's requests carry a real key. */
public final class TestTenants {

    public static final String ADMIN_TOKEN = "test-admin-token";

    private TestTenants() {
    }

    /** A new tenant's API key; limits null take the configured defaults. */
    public static String newKey(Integer requestsPerSecond, Integer burst) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "test-" + UUID.randomUUID());
        body.put("requestsPerSecond", requestsPerSecond);
        body.put("burst", burst);
        RequestSpecification current = RestAssured.requestSpecification;
        RestAssured.requestSpecification = null;
        try {
            return given().header("Authorization", "Bearer " + ADMIN_TOKEN).contentType(ContentType.JSON).body(body)
                    .when().post("/admin/v1/tenants").then().statusCode(201).extract().path("apiKey.apiKey");
        } finally {
            RestAssured.requestSpecification = current;
        }
    }

    public static String newKey() {
        return newKey(null, null);
    }

    /** From now on every RestAssured request carries a new tenant's key, which is returned. */
    public static String useNewTenant() {
        String key = newKey();
        RestAssured.requestSpecification = null; // the builder starts from the current default
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", "Bearer " + key).build();
        return key;
    }
}
