package io.modelcraft.gateway.check.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.contracts.CheckResult;
import io.modelcraft.contracts.CompileCompleted;
import io.modelcraft.gateway.check.CheckService;
import io.modelcraft.gateway.check.CheckStatus;
import io.modelcraft.gateway.check.ModelCheck;
import io.modelcraft.gateway.json.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Stores a worker's verdict on a direct check, once: a verdict on anything else (a job's iteration), a second copy,
 * or one answering an earlier request changes nothing. A direct check keeps no plots: they are dropped from the
 * diagnostics it stores.
 */
@ApplicationScoped
public class CheckVerdicts {

    private final ObjectMapper json;

    public CheckVerdicts(ObjectMapper json) {
        this.json = json;
    }

    /** Whether {@code completed} was the verdict a check waited for, now stored. */
    @Transactional
    public boolean apply(CompileCompleted completed) {
        if (completed.iteration() != CheckService.ITERATION) {
            return false; // a job's iteration: the agent's, and no read of the database here
        }
        UUID id;
        try {
            id = UUID.fromString(completed.jobId());
        } catch (IllegalArgumentException notOurs) {
            return false;
        }
        ModelCheck check = ModelCheck.findById(id);
        if (check == null || check.status != CheckStatus.QUEUED || !check.requestEventId.equals(completed.requestEventId())) {
            return false;
        }
        check.status = CheckStatus.CHECKED;
        check.resultJson = JsonText.write(json, withoutPlots(completed.result()));
        check.checkMillis = completed.checkMillis();
        check.checkedAt = Instant.now();
        return true;
    }

    private static CheckResult withoutPlots(CheckResult result) {
        if (result.posterior() == null || !result.posterior().containsKey("plots")) {
            return result;
        }
        Map<String, Object> posterior = new LinkedHashMap<>(result.posterior());
        posterior.remove("plots");
        return new CheckResult(result.ok(), result.stage(), result.error(), result.warnings(), result.summary(),
                result.versions(), result.durationMs(), result.rewrite(), posterior);
    }
}
