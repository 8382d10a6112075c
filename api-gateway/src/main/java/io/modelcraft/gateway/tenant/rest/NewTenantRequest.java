package io.modelcraft.gateway.tenant.rest;

/** The body of {@code POST /admin/v1/tenants}; the limits are optional (the configured defaults apply). */
public record NewTenantRequest(String name, Integer requestsPerSecond, Integer burst) {
}
