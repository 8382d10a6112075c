package io.modelcraft.gateway.job.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcraft.contracts.CheckResult;

/**
 * One iteration as the API shows it: what the loop asked and why, the messages sent, the raw reply, the code
 * and its check.
 */
public record IterationView(int number, String asked, JsonNode messages, String response, String code, CheckResult check,
                            long llmMillis, Long checkMillis, Integer inputTokens, Integer outputTokens) {
}
