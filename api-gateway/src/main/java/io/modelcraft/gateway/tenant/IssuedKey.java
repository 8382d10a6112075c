package io.modelcraft.gateway.tenant;

import java.time.Instant;
import java.util.UUID;

/** A key just issued: {@code apiKey} is its text, shown this once and never stored. */
public record IssuedKey(UUID id, UUID tenantId, String prefix, String apiKey, Instant createdAt) {
}
