package io.modelcraft.gateway.job.messaging;

import io.modelcraft.contracts.CheckResult;
import io.modelcraft.gateway.job.IterationPlot;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps a check's plots out of its stored verdict, in the caller's transaction: each valid PNG is stored and
 * named in {@code posterior.plots} by its URL path instead; an invalid entry, or plots that are no object, dropped.
 */
@ApplicationScoped
public class IterationPlots {

    private static final Logger LOG = Logger.getLogger(IterationPlots.class);

    private final PlotsConfig config;

    public IterationPlots(PlotsConfig config) {
        this.config = config;
    }

    CheckResult storeAndLink(UUID jobId, int iteration, CheckResult check) {
        if (check.posterior() == null || !check.posterior().containsKey("plots")) {
            return check;
        }
        Object given = check.posterior().get("plots");
        if (given != null && !(given instanceof Map)) {
            LOG.warnf("job %s iteration %d: plots dropped: not an object of named plots", jobId, iteration);
        }
        Map<?, ?> plots = given instanceof Map<?, ?> named ? named : Map.of();
        Map<String, String> links = new LinkedHashMap<>();
        plots.forEach((key, value) -> {
            String name = String.valueOf(key);
            try {
                IterationPlot.store(jobId, iteration, name, PlotPng.decode(name, value, config.maxBytes()));
                links.put(name, IterationPlot.path(jobId, iteration, name));
            } catch (IllegalArgumentException e) {
                LOG.warnf("job %s iteration %d: plot \"%s\" dropped: %s", jobId, iteration, name, e.getMessage());
            }
        });
        Map<String, Object> posterior = new LinkedHashMap<>(check.posterior());
        posterior.put("plots", links);
        return new CheckResult(check.ok(), check.stage(), check.error(), check.warnings(), check.summary(),
                check.versions(), check.durationMs(), check.rewrite(), posterior);
    }
}
