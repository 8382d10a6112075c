package io.modelcraft.gateway.tenant;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/** The tenant of the request being served, set by the API key filter before any resource runs. */
@RequestScoped
public class CurrentTenant {

    private UUID id;

    public UUID id() {
        if (id == null) {
            throw new IllegalStateException("no tenant: the request did not pass the API key filter");
        }
        return id;
    }

    public void set(UUID tenantId) {
        this.id = tenantId;
    }
}
