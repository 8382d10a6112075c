package io.modelcraft.agent.llm;

/** What the model answered, how long it took and what it cost. */
public record ModelReply(String text, long millis, Integer inputTokens, Integer outputTokens) {

    /** {@code later}'s text, with the time and tokens of both calls. */
    public ModelReply then(ModelReply later) {
        return new ModelReply(later.text, millis + later.millis, sum(inputTokens, later.inputTokens),
                sum(outputTokens, later.outputTokens));
    }

    private static Integer sum(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(a + b);
    }
}
