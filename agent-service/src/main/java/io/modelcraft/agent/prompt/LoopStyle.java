package io.modelcraft.agent.prompt;

import java.util.Properties;

/**
 * How the loop uses a prompt set ({@code loop.properties}): whether a turn resends the whole conversation
 * or only the last answer with a line per earlier attempt, and how a repeated program is asked again: in
 * place, or from the problem again with a line per failed attempt and none of their programs.
 * A version without the file keeps the behaviour it shipped with: the whole conversation, no re-asks.
 */
public record LoopStyle(boolean lastAnswerOnly, int repeatAsks, double repeatTemperature, boolean restartOnRepeat) {

    public static final LoopStyle WHOLE_CONVERSATION = new LoopStyle(false, 0, 0, false);

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
        return new LoopStyle(history.equals("last"),
                Integer.parseInt(properties.getProperty("repeat-asks", "0").strip()),
                Double.parseDouble(properties.getProperty("repeat-temperature", "0").strip()),
                repeatStyle.equals("restart"));
    }
}
