package io.modelcraft.gateway.webhook;

import java.util.UUID;

/** The endpoint a job's or batch's webhook goes to; {@code newSecret} only when the endpoint was just created. */
public record EndpointUse(UUID endpointId, String newSecret) {
}
