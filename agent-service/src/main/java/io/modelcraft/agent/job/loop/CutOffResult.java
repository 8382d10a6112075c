package io.modelcraft.agent.job.loop;

import io.modelcraft.contracts.CheckError;
import io.modelcraft.contracts.CheckResult;
import java.util.List;
import java.util.Map;

/**
 * The check result stored for a reply the provider stopped at its token limit: its program is unfinished (a
 * small model's runaway reply repeats a line until the limit), so it is not checked.
 */
final class CutOffResult {

    static final String TYPE = "ReplyCutOff";

    private CutOffResult() {
    }

    static CheckResult of(Integer outputTokens) {
        String tokens = outputTokens == null ? "" : " (" + outputTokens + " tokens)";
        return new CheckResult(false, "extract", new CheckError(TYPE,
                "the reply was cut off at the model's token limit" + tokens + " before its program ended; not checked",
                null, null, null, List.of(), "Write the whole program once, without repeating lines.", null),
                List.of(), null, Map.of(), null);
    }

    static boolean isCutOff(CheckResult result) {
        return result != null && result.error() != null && TYPE.equals(result.error().type());
    }
}
