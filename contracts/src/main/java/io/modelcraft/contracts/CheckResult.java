package io.modelcraft.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The checker's verdict, field for field as the Python checker prints it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckResult(boolean ok, String stage, CheckError error, List<CheckWarning> warnings,
                          Map<String, Object> summary, Map<String, String> versions,
                          @JsonProperty("duration_ms") Long durationMs) {

    public static CheckResult sandboxFailure(String type, String message) {
        return new CheckResult(false, "sandbox",
                new CheckError(type, message, null, null, null, List.of(), null, null),
                List.of(), null, Map.of(), null);
    }
}
