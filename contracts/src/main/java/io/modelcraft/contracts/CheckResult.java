package io.modelcraft.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The checker's verdict, field for field as the Python checker prints it. {@code rewrite} is set when the
 * checker moved code itself and the verdict is about the moved program. {@code posterior} is set when the request
 * asked for diagnostics and the check passed: what a short real sampling run found ({@code draws}, {@code chains},
 * {@code seconds}, {@code divergences}, and per variable {@code mean}, {@code sd}, {@code r_hat}, {@code ess_bulk},
 * {@code ess_tail}), or {@code error} when sampling failed; diagnostics that fall short are among the warnings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckResult(boolean ok, String stage, CheckError error, List<CheckWarning> warnings,
                          Map<String, Object> summary, Map<String, String> versions,
                          @JsonProperty("duration_ms") Long durationMs, ProgramRewrite rewrite,
                          Map<String, Object> posterior) {

    public CheckResult(boolean ok, String stage, CheckError error, List<CheckWarning> warnings,
                       Map<String, Object> summary, Map<String, String> versions, Long durationMs) {
        this(ok, stage, error, warnings, summary, versions, durationMs, null, null);
    }

    /** The program this verdict is about: the rewritten one if the checker rewrote {@code sent}, else {@code sent}. */
    public String checkedCode(String sent) {
        return rewrite == null || rewrite.code() == null ? sent : rewrite.code();
    }

    public static CheckResult sandboxFailure(String type, String message) {
        return new CheckResult(false, "sandbox",
                new CheckError(type, message, null, null, null, List.of(), null, null),
                List.of(), null, Map.of(), null);
    }
}
