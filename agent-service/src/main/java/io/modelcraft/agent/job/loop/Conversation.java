package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.agent.job.Iteration;
import io.modelcraft.agent.job.IterationState;
import io.modelcraft.agent.llm.ChatTurn;
import io.modelcraft.agent.prompt.PromptSet;
import io.modelcraft.contracts.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Rebuilds the conversation of a job from what is stored, so a restarted agent asks exactly the same. */
final class Conversation {

    private Conversation() {
    }

    static List<ChatTurn> of(AuthoringJob job, List<Iteration> done, PromptSet prompts, Function<String, CheckResult> readCheck) {
        List<ChatTurn> turns = new ArrayList<>();
        turns.add(ChatTurn.system(prompts.system()));
        turns.add(ChatTurn.user(prompts.taskFor(job.problem)));
        for (Iteration iteration : done) {
            turns.add(ChatTurn.assistant(iteration.response));
            if (iteration.state == IterationState.NO_CODE) {
                turns.add(ChatTurn.user(prompts.noCode()));
            } else {
                turns.add(ChatTurn.user(prompts.feedbackFor(readCheck.apply(iteration.checkJson))));
            }
        }
        return turns;
    }
}
