package io.modelcraft.agent.prompt;

import io.modelcraft.agent.llm.Sampling;
import java.util.Properties;

/**
 * How the loop uses a prompt set ({@code loop.properties}): whether a turn resends the whole conversation
 * or only the last answer with a line per earlier attempt, and how a repeated program is asked again: in
 * place, or from the problem again with a line per failed attempt and none of their programs; and whether
 * every few turns the problem is asked afresh ({@code restart-every}: with 2, turns 3 and 5 start again from
 * the problem and turns 2 and 4 repair the answer before them; with 1, every turn after a failure starts
 * again), at {@code restart-temperature} with the turn's number as the seed where that is set; and which
 * worked example a question shows ({@code examples}: {@code closest}, always the closest to the problem, or
 * {@code alternate}, the closest on odd turns and the runners-up in turn on even ones, or {@code closest-of-kind}:
 * {@link ExampleChoice}).
 * A version without the file keeps the behaviour it shipped with: the whole conversation, no re-asks.
 */
public record LoopStyle(boolean lastAnswerOnly, int repeatAsks, double repeatTemperature, boolean restartOnRepeat,
                        int restartEvery, Double restartTemperature, ExampleChoice examples) {

    public static final LoopStyle WHOLE_CONVERSATION = new LoopStyle(false, 0, 0, false, 0, null, ExampleChoice.CLOSEST);

    /** Whether turn {@code number} (from 1) asks the problem afresh instead of repairing the turn before it. */
    public boolean freshTurn(int number) {
        return restartEvery > 0 && number > 1 && (number - 1) % restartEvery == 0;
    }

    /**
     * How turn {@code number} samples when it asks afresh: a version that sets {@code restart-temperature}
     * draws each such turn with a seed of its own, so the same question gets a new program every time.
     */
    public Sampling freshSampling(int number) {
        return restartTemperature == null ? Sampling.CONFIGURED : new Sampling(restartTemperature, number);
    }

    static LoopStyle of(Properties properties) {
        String history = properties.getProperty("history", "all").strip();
        if (!history.equals("all") && !history.equals("last")) {
            throw new IllegalArgumentException("loop.properties: history must be all or last, not " + history);
        }
        String repeatStyle = properties.getProperty("repeat-style", "answer").strip();
        if (!repeatStyle.equals("answer") && !repeatStyle.equals("restart")) {
            throw new IllegalArgumentException("loop.properties: repeat-style must be answer or restart, not " + repeatStyle);
        }
        if (repeatStyle.equals("restart") && !history.equals("last")) {
            throw new IllegalArgumentException("loop.properties: repeat-style=restart needs history=last");
        }
        int restartEvery = Integer.parseInt(properties.getProperty("restart-every", "0").strip());
        if (restartEvery < 0 || restartEvery > 0 && !history.equals("last")) {
            throw new IllegalArgumentException("loop.properties: restart-every must be 0 or more, and needs history=last");
        }
        ExampleChoice examples = ExampleChoice.of(properties.getProperty("examples", "closest").strip());
        String restartTemperature = properties.getProperty("restart-temperature");
        if (restartTemperature != null && restartEvery == 0) {
            throw new IllegalArgumentException("loop.properties: restart-temperature needs restart-every");
        }
        return new LoopStyle(history.equals("last"),
                Integer.parseInt(properties.getProperty("repeat-asks", "0").strip()),
                Double.parseDouble(properties.getProperty("repeat-temperature", "0").strip()),
                repeatStyle.equals("restart"), restartEvery,
                restartTemperature == null ? null : Double.valueOf(restartTemperature.strip()),
                examples);
    }
}
