package io.modelcraft.agent.llm;

/**
 * What the model answered, how long it took and what it cost; {@code cutOff} when the provider stopped it at
 * the token limit, so that its program, if any, is not the one the model meant to write.
 */
public record ModelReply(String text, long millis, Integer inputTokens, Integer outputTokens, boolean cutOff) {

    /** {@code later}'s text, with the time and tokens of both calls. */
    public ModelReply then(ModelReply later) {
        return new ModelReply(later.text, millis + later.millis, sum(inputTokens, later.inputTokens),
                sum(outputTokens, later.outputTokens), later.cutOff);
    }

    private static Integer sum(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(a + b);
    }
}
