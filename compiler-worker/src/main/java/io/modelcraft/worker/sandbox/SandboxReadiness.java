package io.modelcraft.worker.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once at least one warm sandbox can take a check. */
@Readiness
@ApplicationScoped
public class SandboxReadiness implements HealthCheck {

    private final SandboxPool pool;

    public SandboxReadiness(SandboxPool pool) {
        this.pool = pool;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sandbox").status(pool.warmCount() > 0)
                .withData("warm", pool.warmCount()).build();
    }
}
