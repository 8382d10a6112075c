package io.modelcraft.gateway.tenant;

import io.modelcraft.gateway.config.GatewayConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues API keys and recognises them. A recognised key (or a refused one) is remembered for a short while,
 * so that a request costs no database look-up; revoking a key here forgets it at once.
 */
@ApplicationScoped
public class ApiKeys {

    static final String PREFIX = "mck_";
    private static final int MAX_KEY_CHARS = 100;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();
    private final GatewayConfig.Tenants config;

    public ApiKeys(GatewayConfig config) {
        this.config = config.tenants();
    }

    /** Stores a new key of {@code tenantId} in the caller's transaction and returns its text, once. */
    public IssuedKey issue(UUID tenantId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String text = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.tenantId = tenantId;
        key.keyHash = KeyHash.of(text);
        key.prefix = text.substring(0, PREFIX.length() + 6);
        key.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        key.persist();
        return new IssuedKey(key.id, tenantId, key.prefix, text, key.createdAt);
    }

    /** The caller behind {@code presented}, if it is a key that exists and is not revoked. */
    public Optional<Caller> recognise(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > MAX_KEY_CHARS) {
            return Optional.empty();
        }
        String hash = KeyHash.of(presented);
        long now = System.nanoTime();
        Remembered remembered = recent.get(hash);
        if (remembered != null && now - remembered.at() < config.keyCacheTtl().toNanos()) {
            return remembered.caller();
        }
        Optional<Caller> caller = QuarkusTransaction.requiringNew().call(() -> load(hash));
        if (recent.size() >= config.keyCacheSize()) {
            recent.clear();
        }
        recent.put(hash, new Remembered(caller, now));
        return caller;
    }

    /** Revokes a key in the caller's transaction; false when there is no such key. */
    public boolean revoke(UUID keyId) {
        ApiKey key = ApiKey.findById(keyId);
        if (key == null) {
            return false;
        }
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now();
        }
        recent.entrySet().removeIf(e -> e.getValue().caller().map(c -> c.keyId().equals(keyId)).orElse(false));
        return true;
    }

    private Optional<Caller> load(String hash) {
        return ApiKey.byHash(hash).filter(key -> key.revokedAt == null).map(key -> {
            Tenant tenant = Tenant.findById(key.tenantId);
            return new Caller(tenant.id, key.id,
                    tenant.requestsPerSecond != null ? tenant.requestsPerSecond : config.requestsPerSecond(),
                    tenant.burst != null ? tenant.burst : config.burst());
        });
    }

    private record Remembered(Optional<Caller> caller, long at) {
    }
}
