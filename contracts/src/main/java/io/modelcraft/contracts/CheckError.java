package io.modelcraft.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Why a check failed; {@code line} and {@code sourceLine} point into the submitted code. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckError(String type, String message, Integer line, Integer column,
                         @JsonProperty("source_line") String sourceLine, List<String> traceback,
                         String hint, String debug) {
}
