package io.modelcraft.agent.job.loop;

import io.modelcraft.contracts.CheckError;
import io.modelcraft.contracts.CheckResult;
import java.util.List;
import java.util.Map;

/** The check result stored for a reply that held no program to check. */
final class NoCodeResult {

    static final CheckResult INSTANCE = new CheckResult(false, "extract",
            new CheckError("NoCodeFound", "the reply contained no Python program that builds a PyMC model",
                    null, null, null, List.of(), null, null),
            List.of(), null, Map.of(), null);

    private NoCodeResult() {
    }
}
