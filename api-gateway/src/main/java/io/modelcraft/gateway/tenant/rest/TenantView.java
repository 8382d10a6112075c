package io.modelcraft.gateway.tenant.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelcraft.gateway.tenant.IssuedKey;
import io.modelcraft.gateway.tenant.Tenant;
import java.time.Instant;
import java.util.UUID;

/** A tenant as the admin API shows it; {@code apiKey} only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TenantView(UUID id, String name, Integer requestsPerSecond, Integer burst, Instant createdAt,
                         IssuedKey apiKey) {

    static TenantView of(Tenant tenant, IssuedKey key) {
        return new TenantView(tenant.id, tenant.name, tenant.requestsPerSecond, tenant.burst, tenant.createdAt, key);
    }
}
