package io.modelcraft.contracts;

/**
 * One finished turn of the authoring loop: what was asked, answered, extracted and checked. {@code asked} says
 * in words what the loop asked on the turn and why (null in events from before it existed).
 */
public record IterationRecord(int number, String asked, String messagesJson, String response, String code,
                              CheckResult check, long llmMillis, Long checkMillis,
                              Integer inputTokens, Integer outputTokens) {
}
