package io.modelcraft.gateway.job;

import io.modelcraft.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The {@code provider:model} pairs jobs may choose ({@code MODELCRAFT_ALLOWED_MODELS}, which the agent
 * reads too); a job choosing neither gets the first.
 */
@ApplicationScoped
public class ModelAllowlist {

    private final List<String[]> allowed;

    public ModelAllowlist(GatewayConfig config) {
        this.allowed = config.allowedModels().stream().map(pair -> pair.strip().split(":", 2)).toList();
    }

    /** The allowed {provider, model} pair matching what was asked (either may be null). */
    public Optional<String[]> resolve(String provider, String model) {
        return allowed.stream()
                .filter(pair -> provider == null || pair[0].equals(provider))
                .filter(pair -> model == null || pair[1].equals(model))
                .findFirst();
    }

    public List<String> describe() {
        return allowed.stream().map(pair -> pair[0] + ":" + pair[1]).toList();
    }

    /** The allowed {provider, model} pairs, the default first. */
    public List<String[]> pairs() {
        return allowed;
    }
}
