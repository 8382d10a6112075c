package io.modelcraft.agent.llm;

/** What the model answered, how long it took and what it cost. */
public record ModelReply(String text, long millis, Integer inputTokens, Integer outputTokens) {
}
