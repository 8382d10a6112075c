package io.modelcraft.gateway.check;

import java.util.List;

/**
 * A program to check on its own: the body of {@code POST /api/v1/checks} and the arguments of the MCP tool
 * {@code check_pymc_model}. Only {@code code} is required. {@code files} are data files the program reads from its
 * working directory; with {@code diagnostics: true} a passing program is also sampled for a short real run.
 */
public record CheckRequest(String code, List<DataFile> files, Boolean diagnostics) {

    /** One data file: a plain name and its contents, as {@code text} (UTF-8) or as {@code base64}, not both. */
    public record DataFile(String name, String text, String base64) {
    }
}
