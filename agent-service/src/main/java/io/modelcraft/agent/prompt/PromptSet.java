package io.modelcraft.agent.prompt;

import io.modelcraft.contracts.CheckError;
import io.modelcraft.contracts.CheckResult;
import io.modelcraft.contracts.CheckWarning;

/**
 * One version of the prompts: the system prompt, the task template, the feedback template, the reply to an
 * answer without code and, from v2 on, the templates asking to address warnings and to revise a finished
 * program, from v3 on the reply to a repeated program, from v7 on the question that asks the problem afresh
 * on a scheduled turn (null in a version without them), how the loop uses them and, from v10 on, the worked
 * examples the task shows: the one closest to the problem, in v11 on even turns the runners-up, and from v13 on the
 * closest of those asking for the problem's kind of answer.
 */
public record PromptSet(String version, String hash, String system, String task, String feedback,
                        String noCode, String warnings, String followUp, String repeat, String restart,
                        LoopStyle loop, WorkedExamples examples) {

    public String taskFor(String problem) {
        return taskFor(problem, 1);
    }

    /** The task as turn {@code turn} (from 1) asks it: with the worked example the loop style picks for that turn. */
    public String taskFor(String problem, int turn) {
        String template = task;
        WorkedExample example = exampleFor(problem, turn);
        if (example != null) {
            template = template.replace("{example-problem}", example.problem()).replace("{example-code}", example.code());
        }
        return template.replace("{problem}", problem.strip());
    }

    /** The worked example turn {@code turn} shows with {@code problem}; null in a version without examples. */
    public WorkedExample exampleFor(String problem, int turn) {
        if (examples == null) {
            return null;
        }
        return switch (loop.examples()) {
            case CLOSEST -> examples.closestTo(problem);
            case ALTERNATE -> examples.forTurn(problem, turn);
            case CLOSEST_OF_KIND -> examples.closestOfKind(problem);
        };
    }

    public String feedbackFor(CheckResult result) {
        return feedbackFor(result, "");
    }

    /** {@code history}: lines on the earlier attempts, where the template has a place for them. */
    public String feedbackFor(CheckResult result, String history) {
        CheckError error = result.error();
        if (error == null) {
            return warningsFor(result);
        }
        String location = changes(result) + (error.line() == null ? ""
                : "At line " + error.line() + " of your program:" + (error.sourceLine() == null ? "" : "\n    " + error.sourceLine().strip()) + "\n");
        String hint = error.hint() == null || error.hint().isBlank() ? "" : "Hint: " + error.hint().strip() + "\n";
        if (error.debug() != null && !error.debug().isBlank()) {
            hint += "Diagnostics:\n" + error.debug().strip() + "\n";
        }
        return feedback.replace("{stage}", result.stage())
                .replace("{type}", error.type())
                .replace("{message}", error.message() == null ? "" : error.message().strip())
                .replace("{location}", location)
                .replace("{hint}", hint)
                .replace("{history}", history);
    }

    /** The reply to a program that repeats attempt {@code attempt}, whose check said {@code error}. */
    public String repeatFor(int attempt, String error) {
        return repeat.replace("{attempt}", Integer.toString(attempt)).replace("{error}", error.strip());
    }

    /** The task asked afresh on turn {@code turn} after a repeat, with a line per failed attempt (a {@code restart} loop style). */
    public String restartFor(String problem, int turn, String attempts) {
        return afresh(repeat, problem, turn, attempts);
    }

    /** The task asked afresh on a turn the loop style schedules, with a line per failed attempt. */
    public String freshFor(String problem, int turn, String attempts) {
        return freshFor(problem, turn, attempts, attempts);
    }

    /** As {@link #freshFor(String, int, String)}, for a template that may list the attempts with their hints (v14). */
    public String freshFor(String problem, int turn, String attempts, String attemptsWithHints) {
        return taskFor(problem, turn) + restart.replace("{attempts with hints}", attemptsWithHints.strip())
                .replace("{attempts}", attempts.strip());
    }

    private String afresh(String template, String problem, int turn, String attempts) {
        return taskFor(problem, turn) + template.replace("{attempts}", attempts.strip());
    }

    /** The request to address the warnings of a passing check. */
    public String warningsFor(CheckResult result) {
        StringBuilder listed = new StringBuilder();
        for (CheckWarning warning : result.warnings()) {
            listed.append("- ").append(warning.message().strip());
            if (warning.line() != null) {
                listed.append(" (line ").append(warning.line()).append(')');
            }
            listed.append('\n');
        }
        return warnings.replace("{warnings}", listed + changes(result));
    }

    /** What the check changed before its verdict; the conversation shows the changed program as the answer. */
    private static String changes(CheckResult result) {
        if (result.rewrite() == null || result.rewrite().changes() == null || result.rewrite().changes().isEmpty()) {
            return "";
        }
        return "Before running your program the check changed it (the program above is the changed one; keep the change):\n- "
                + String.join("\n- ", result.rewrite().changes()) + "\n";
    }

    public String followUpFor(String message) {
        return followUp.replace("{message}", message.strip());
    }

    public boolean supportsWarningTurns() {
        return warnings != null;
    }

    public boolean supportsFollowUps() {
        return followUp != null;
    }
}
