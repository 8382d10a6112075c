package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.job.Iteration;
import io.modelcraft.contracts.CheckError;
import io.modelcraft.contracts.CheckResult;
import java.util.List;
import java.util.Map;

/**
 * The result stored for a program that repeats an earlier attempt after the loop asked again: it was not
 * checked again, since its check would say what the earlier one said ({@code debug}).
 */
final class RepeatResult {

    private RepeatResult() {
    }

    static CheckResult of(Iteration earlier, String earlierSummary) {
        return new CheckResult(false, "repeat", new CheckError("RepeatedProgram",
                "the same program as attempt " + earlier.number + ", not checked again", null, null, null, List.of(),
                null, "attempt " + earlier.number + " failed with " + earlierSummary), List.of(), null, Map.of(), null);
    }
}
