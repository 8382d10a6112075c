package io.modelcraft.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Something a modeller must see even though the check passed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckWarning(String code, String message, Integer line) {
}
