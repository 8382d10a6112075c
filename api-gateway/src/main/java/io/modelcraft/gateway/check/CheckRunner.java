package io.modelcraft.gateway.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.gateway.config.GatewayConfig;
import io.modelcraft.gateway.problem.InvalidRequestException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

/**
 * One direct check, as the REST API and the MCP tool run it: validated, admitted by the tenant's rate of checks,
 * stored with its compile request, then waited for up to the bound asked (at most the configured one).
 */
@ApplicationScoped
public class CheckRunner {

    private final CheckRequestValidator validator;
    private final CheckRateLimiter limiter;
    private final CheckService service;
    private final CheckWaiters waiters;
    private final GatewayConfig.Checks limits;
    private final ObjectMapper json;

    public CheckRunner(CheckRequestValidator validator, CheckRateLimiter limiter, CheckService service,
                       CheckWaiters waiters, GatewayConfig config, ObjectMapper json) {
        this.validator = validator;
        this.limiter = limiter;
        this.service = service;
        this.waiters = waiters;
        this.limits = config.checks();
        this.json = json;
    }

    /** The longest wait a caller may ask for: the configured bound. */
    public Duration maxWait() {
        return limits.maxWait();
    }

    /**
     * Runs the check; the view is {@code CHECKED} when the verdict came within {@code waitSeconds} (null: the
     * configured bound), else {@code QUEUED}, to be read again at its status URL ({@code statusUrl} of its id).
     */
    public CheckView run(UUID tenantId, CheckRequest request, Integer waitSeconds, Function<UUID, String> statusUrl)
            throws InterruptedException {
        Duration wait = wait(waitSeconds);
        NewCheck check = validator.validate(request);
        limiter.admit(tenantId);
        UUID id = service.submit(tenantId, check).id;
        waiters.await(id, wait, () -> QuarkusTransaction.requiringNew().call(() -> ModelCheck.<ModelCheck>findByIdOptional(id)
                .map(stored -> stored.status == CheckStatus.CHECKED).orElse(false)));
        return view(id, tenantId, statusUrl);
    }

    /** The check as stored now (each read in a transaction of its own, so never an earlier copy). */
    public CheckView view(UUID id, UUID tenantId, Function<UUID, String> statusUrl) {
        return QuarkusTransaction.requiringNew().call(
                () -> CheckView.of(ModelCheck.owned(id, tenantId), json, statusUrl.apply(id)));
    }

    private Duration wait(Integer seconds) {
        if (seconds == null) {
            return limits.maxWait();
        }
        if (seconds < 0 || seconds > limits.maxWait().toSeconds()) {
            throw new InvalidRequestException("\"wait\" must be between 0 and " + limits.maxWait().toSeconds() + " seconds");
        }
        return Duration.ofSeconds(seconds);
    }
}
