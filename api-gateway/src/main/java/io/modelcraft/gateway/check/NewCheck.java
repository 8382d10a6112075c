package io.modelcraft.gateway.check;

import java.util.Map;

/** A validated check request: the program, its data files by name (contents in base64) and the diagnostics option. */
public record NewCheck(String code, Map<String, String> files, boolean diagnostics) {
}
