package io.modelcraft.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The program as the checker rewrote it before the verdict, and what it changed, in words naming the lines of
 * the program as sent. The verdict's lines are lines of {@code code}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgramRewrite(String code, List<String> changes) {
}
