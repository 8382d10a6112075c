package io.modelcraft.agent.prompt;

import io.modelcraft.contracts.CheckError;
import io.modelcraft.contracts.CheckResult;

/** One version of the prompts: the system prompt, the task template, the feedback
 * template and the reply to an answer without code. */
public record PromptSet(String version, String hash, String system, String task, String feedback,
                        String noCode) {

    public String taskFor(String problem) {
        return task.replace("{problem}", problem.strip());
    }

    public String feedbackFor(CheckResult result) {
        CheckError error = result.error();
        String location = error.line() == null ? ""
                : "At line " + error.line() + " of your program:" + (error.sourceLine() == null ? "" : "\n    " + error.sourceLine().strip()) + "\n";
        String hint = error.hint() == null || error.hint().isBlank() ? "" : "Hint: " + error.hint().strip() + "\n";
        if (error.debug() != null && !error.debug().isBlank()) {
            hint += "Diagnostics:\n" + error.debug().strip() + "\n";
        }
        return feedback.replace("{stage}", result.stage())
                .replace("{type}", error.type())
                .replace("{message}", error.message() == null ? "" : error.message().strip())
                .replace("{location}", location)
                .replace("{hint}", hint);
    }
}
