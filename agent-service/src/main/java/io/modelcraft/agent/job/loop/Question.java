package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.llm.ChatTurn;
import io.modelcraft.agent.llm.Sampling;
import java.util.List;

/**
 * What a turn sends the model, how it samples, and what it asks in words a person reads in the job's
 * iterations ({@code asked}: the problem, a repair of attempt 2, the problem afresh as a new draw, ...).
 */
record Question(List<ChatTurn> turns, Sampling sampling, String asked) {

    Question(List<ChatTurn> turns, String asked) {
        this(turns, Sampling.CONFIGURED, asked);
    }

    /** This question asked again because its reply repeated {@code attempt}: the last one sent is {@code again}. */
    Question againAfterRepeat(Question again, int attempt, double temperature) {
        return new Question(again.turns, Sampling.at(temperature), asked + "; its reply repeated attempt " + attempt
                + ", so it was asked again at temperature " + temperature + ": " + again.asked);
    }
}
