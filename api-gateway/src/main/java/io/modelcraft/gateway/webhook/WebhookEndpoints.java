package io.modelcraft.gateway.webhook;

import io.modelcraft.gateway.problem.ConflictException;
import io.modelcraft.gateway.problem.InvalidRequestException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * A tenant's webhook endpoints. Naming a new URL in a submit registers it; its secret is in that answer and
 * never again (rotating makes a new one). Two submits racing to register one URL make one endpoint.
 */
@ApplicationScoped
public class WebhookEndpoints {

    private final EntityManager em;
    private final SecureRandom random = new SecureRandom();

    public WebhookEndpoints(EntityManager em) {
        this.em = em;
    }

    /** The tenant's endpoint for {@code url}, registered now if it has none; refused if it is disabled. */
    public EndpointUse use(UUID tenantId, String url) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WebhookEndpoint known = WebhookEndpoint.byUrl(tenantId, url).orElse(null);
            if (known == null) {
                UUID id = UUID.randomUUID();
                String secret = newSecret();
                int inserted = em.createNativeQuery("insert into gateway.webhook_endpoint (id, tenant_id, url, secret, created_at)"
                                + " values (?1, ?2, ?3, ?4, ?5) on conflict (tenant_id, url) do nothing")
                        .setParameter(1, id).setParameter(2, tenantId).setParameter(3, url).setParameter(4, secret)
                        .setParameter(5, Instant.now().truncatedTo(ChronoUnit.MICROS)).executeUpdate();
                if (inserted == 1) {
                    return new EndpointUse(id, secret);
                }
                known = WebhookEndpoint.byUrl(tenantId, url).orElseThrow();
            }
            if (known.disabled()) {
                throw new InvalidRequestException("\"" + url + "\" is disabled (" + known.disabledReason
                        + "); enable webhook endpoint " + known.id + " to use it again");
            }
            return new EndpointUse(known.id, null);
        });
    }

    /** Removes an endpoint registered for a submit that was then refused, unless something uses it by now. */
    public void forgetUnused(UUID endpointId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from gateway.webhook_endpoint e where e.id = ?1"
                        + " and not exists (select 1 from gateway.job j where j.webhook_endpoint_id = ?1)"
                        + " and not exists (select 1 from gateway.batch b where b.webhook_endpoint_id = ?1"
                        + " or b.job_webhook_endpoint_id = ?1)")
                .setParameter(1, endpointId).executeUpdate());
    }

    /** Registers {@code url} for the tenant in the caller's transaction; 409 if it is registered already. */
    public WebhookEndpoint register(UUID tenantId, String url) {
        WebhookEndpoint.byUrl(tenantId, url).ifPresent(known -> {
            throw new ConflictException("this URL is webhook endpoint " + known.id + " already");
        });
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.tenantId = tenantId;
        endpoint.url = url;
        endpoint.secret = newSecret();
        endpoint.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        endpoint.persist();
        return endpoint;
    }

    /** A new secret for the endpoint, in the caller's transaction; webhooks sent from now on use it. */
    public WebhookEndpoint rotate(UUID tenantId, UUID id) {
        WebhookEndpoint endpoint = WebhookEndpoint.owned(id, tenantId);
        endpoint.secret = newSecret();
        return endpoint;
    }

    public WebhookEndpoint enable(UUID tenantId, UUID id) {
        WebhookEndpoint endpoint = WebhookEndpoint.owned(id, tenantId);
        endpoint.disabledAt = null;
        endpoint.disabledReason = null;
        return endpoint;
    }

    private String newSecret() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
