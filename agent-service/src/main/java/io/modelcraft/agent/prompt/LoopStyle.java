package io.modelcraft.agent.prompt;

import java.util.Properties;

/**
 * How the loop uses a prompt set ({@code loop.properties}): whether a turn resends the whole conversation
 * or only the last answer with a line per earlier attempt, and how a repeated program is asked again.
 * A version without the file keeps the behaviour it shipped with: the whole conversation, no re-asks.
 */
public record LoopStyle(boolean lastAnswerOnly, int repeatAsks, double repeatTemperature) {

    public static final LoopStyle WHOLE_CONVERSATION = new LoopStyle(false, 0, 0);

    static LoopStyle of(Properties properties) {
        String history = properties.getProperty("history", "all").strip();
        if (!history.equals("all") && !history.equals("last")) {
            throw new IllegalArgumentException("loop.properties: history must be all or last, not " + history);
        }
        return new LoopStyle(history.equals("last"),
                Integer.parseInt(properties.getProperty("repeat-asks", "0").strip()),
                Double.parseDouble(properties.getProperty("repeat-temperature", "0").strip()));
    }
}
