package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.job.Iteration;
import io.modelcraft.agent.job.IterationState;
import io.modelcraft.contracts.CheckError;
import io.modelcraft.contracts.CheckResult;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** What earlier attempts of a job said, in a line each, and which earlier attempt a program repeats. */
final class Attempts {

    private static final int MESSAGE_CHARS = 200;

    private Attempts() {
    }

    /** The check's verdict in one line: stage, error and the line it points at. */
    static String summary(CheckResult check) {
        CheckError error = check == null ? null : check.error();
        if (error == null) {
            return "passed";
        }
        String message = error.message() == null ? "" : error.message().strip().lines().findFirst().orElse("");
        if (message.length() > MESSAGE_CHARS) {
            message = message.substring(0, MESSAGE_CHARS) + "...";
        }
        String where = error.line() == null ? "" : " (line " + error.line()
                + (error.sourceLine() == null ? "" : ": " + error.sourceLine().strip()) + ")";
        return check.stage() + ": " + error.type() + ": " + message + where;
    }

    /**
     * The earliest failed attempt among {@code done} whose program, as sent or as the check rewrote it, is
     * {@code code} after normalising, if any. A program that passed may be sent again (after a warnings turn,
     * keeping it is an answer).
     */
    static Optional<Iteration> repeated(String code, List<Iteration> done, Function<String, CheckResult> readCheck) {
        String fingerprint = ProgramFingerprint.of(code);
        return done.stream().filter(it -> it.code != null).filter(it -> {
            CheckResult check = readCheck.apply(it.checkJson);
            return !passed(check) && (ProgramFingerprint.of(it.code).equals(fingerprint)
                    || check != null && ProgramFingerprint.of(check.checkedCode(it.code)).equals(fingerprint));
        }).findFirst();
    }

    private static boolean passed(CheckResult check) {
        return check != null && check.ok();
    }

    /** A line on each distinct failure among {@code done}: what a restarted question warns against. */
    static String failures(List<Iteration> done, Function<String, CheckResult> readCheck) {
        return failures(done, readCheck, false);
    }

    /** As {@link #failures(List, Function)}, each line followed by its check's hint where it gave one. */
    static String failuresWithHints(List<Iteration> done, Function<String, CheckResult> readCheck) {
        return failures(done, readCheck, true);
    }

    private static String failures(List<Iteration> done, Function<String, CheckResult> readCheck, boolean hints) {
        StringBuilder text = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (Iteration it : done) {
            if (it.state == IterationState.REPEATED) {
                continue;
            }
            CheckResult check = it.state == IterationState.NO_CODE ? null : readCheck.apply(it.checkJson);
            String said = it.state == IterationState.NO_CODE ? "no program in the reply" : summary(check);
            if (seen.add(said)) {
                text.append("- attempt ").append(it.number).append(": ").append(said).append('\n');
                String hint = check == null || check.error() == null ? null : check.error().hint();
                if (hints && hint != null && !hint.isBlank()) {
                    text.append("  hint: ").append(hint.strip().replaceAll("\\s+", " ")).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** Lines on the attempts before {@code last}, and whether {@code last} failed as one of them did. */
    static String history(List<Iteration> earlier, Iteration last, Function<String, CheckResult> readCheck) {
        if (earlier.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\nEarlier attempts that failed too:\n");
        String lastSummary = summary(readCheck.apply(last.checkJson));
        Integer sameAs = null;
        for (Iteration it : earlier) {
            String said = it.state == IterationState.NO_CODE ? "no program in the reply" : summary(readCheck.apply(it.checkJson));
            text.append("- attempt ").append(it.number).append(": ").append(said).append('\n');
            if (sameAs == null && Objects.equals(said, lastSummary)) {
                sameAs = it.number;
            }
        }
        if (sameAs != null) {
            text.append("The last program failed exactly as attempt ").append(sameAs)
                    .append(" did: that change did not fix it. Try a different way.\n");
        }
        return text.toString();
    }
}
