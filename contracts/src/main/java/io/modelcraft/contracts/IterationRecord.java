package io.modelcraft.contracts;

/** One finished turn of the authoring loop: what was asked, answered, extracted and checked. */
public record IterationRecord(int number, String messagesJson, String response, String code,
                              CheckResult check, long llmMillis, Long checkMillis,
                              Integer inputTokens, Integer outputTokens) {
}
