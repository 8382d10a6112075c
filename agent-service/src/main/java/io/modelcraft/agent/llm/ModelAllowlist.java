package io.modelcraft.agent.llm;

import io.modelcraft.agent.config.AgentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The provider and model pairs the operator allows; a job choosing none gets the first. */
@ApplicationScoped
public class ModelAllowlist {

    private final List<ModelChoice> allowed;

    public ModelAllowlist(AgentConfig config) {
        this.allowed = config.llm().allowed().stream().map(ModelChoice::parse).toList();
    }

    /** The pair a job asked for (either part may be null), if the operator allows it. */
    public Optional<ModelChoice> resolve(String provider, String model) {
        if (provider == null && model == null) {
            return Optional.of(allowed.get(0));
        }
        return allowed.stream()
                .filter(choice -> provider == null || choice.provider().equals(provider))
                .filter(choice -> model == null || choice.model().equals(model))
                .findFirst();
    }

    public List<ModelChoice> allowed() {
        return allowed;
    }
}
