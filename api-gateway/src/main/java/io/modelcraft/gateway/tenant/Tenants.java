package io.modelcraft.gateway.tenant;

import io.modelcraft.gateway.problem.ConflictException;
import io.modelcraft.gateway.problem.InvalidRequestException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

/** Creates tenants, each with a first API key, and issues and revokes keys. */
@ApplicationScoped
public class Tenants {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final int MAX_RATE = 1_000_000;

    private final ApiKeys keys;

    public Tenants(ApiKeys keys) {
        this.keys = keys;
    }

    public Created create(String name, Integer requestsPerSecond, Integer burst) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidRequestException("\"name\" must be 1 to 100 letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit");
        }
        checkLimit("requestsPerSecond", requestsPerSecond);
        checkLimit("burst", burst);
        return QuarkusTransaction.requiringNew().call(() -> {
            if (Tenant.count("name", name) > 0) {
                throw new ConflictException("a tenant named \"" + name + "\" exists already");
            }
            Tenant tenant = new Tenant();
            tenant.id = UUID.randomUUID();
            tenant.name = name;
            tenant.requestsPerSecond = requestsPerSecond;
            tenant.burst = burst;
            tenant.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            tenant.persist();
            return new Created(tenant, keys.issue(tenant.id));
        });
    }

    public IssuedKey issueKey(UUID tenantId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (Tenant.findById(tenantId) == null) {
                throw new NotFoundException("no tenant " + tenantId);
            }
            return keys.issue(tenantId);
        });
    }

    public void revokeKey(UUID keyId) {
        if (!QuarkusTransaction.requiringNew().call(() -> keys.revoke(keyId))) {
            throw new NotFoundException("no API key " + keyId);
        }
    }

    private static void checkLimit(String field, Integer value) {
        if (value != null && (value < 1 || value > MAX_RATE)) {
            throw new InvalidRequestException("\"" + field + "\" must be between 1 and " + MAX_RATE);
        }
    }

    public record Created(Tenant tenant, IssuedKey key) {
    }
}
