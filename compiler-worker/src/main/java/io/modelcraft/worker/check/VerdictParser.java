package io.modelcraft.worker.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.contracts.CheckResult;

/** Reads the checker's verdict: one JSON object on the last non-empty line of its stdout. */
final class VerdictParser {

    private static final int STDERR_TAIL = 2000;

    private VerdictParser() {
    }

    static CheckResult parse(ObjectMapper json, int exitCode, String stdout, String stderr) {
        String lastLine = stdout.strip();
        int newline = lastLine.lastIndexOf('\n');
        if (newline >= 0) {
            lastLine = lastLine.substring(newline + 1);
        }
        if (lastLine.startsWith("{")) {
            try {
                return json.readValue(lastLine, CheckResult.class);
            } catch (JsonProcessingException e) {
                // fall through: a truncated or foreign last line is no verdict
            }
        }
        String tail = stderr.length() > STDERR_TAIL ? stderr.substring(stderr.length() - STDERR_TAIL) : stderr;
        return CheckResult.sandboxFailure("NoVerdict",
                "the checker ended with exit code " + exitCode + " without a verdict" + (tail.isBlank() ? "" : ": " + tail.strip()));
    }
}
