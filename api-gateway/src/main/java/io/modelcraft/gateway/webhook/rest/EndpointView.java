package io.modelcraft.gateway.webhook.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelcraft.gateway.webhook.WebhookEndpoint;
import java.time.Instant;
import java.util.UUID;

/** A webhook endpoint as the API shows it; {@code secret} only in the answer that created or rotated it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EndpointView(UUID id, String url, String secret, Instant createdAt, Instant disabledAt,
                           String disabledReason) {

    static EndpointView of(WebhookEndpoint endpoint) {
        return new EndpointView(endpoint.id, endpoint.url, null, endpoint.createdAt, endpoint.disabledAt,
                endpoint.disabledReason);
    }

    static EndpointView withSecret(WebhookEndpoint endpoint) {
        return new EndpointView(endpoint.id, endpoint.url, endpoint.secret, endpoint.createdAt, endpoint.disabledAt,
                endpoint.disabledReason);
    }
}
