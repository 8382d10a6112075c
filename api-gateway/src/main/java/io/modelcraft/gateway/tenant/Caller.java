package io.modelcraft.gateway.tenant;

import java.util.UUID;

/** Who sent a request: the tenant behind a valid key, and the rate it may send at. */
public record Caller(UUID tenantId, UUID keyId, int requestsPerSecond, int burst) {
}
