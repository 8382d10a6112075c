package io.modelcraft.gateway.webhook.rest;

/** The body of {@code POST /api/v1/webhook-endpoints}. */
public record NewEndpointRequest(String url) {
}
