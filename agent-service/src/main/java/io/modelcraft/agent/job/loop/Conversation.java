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

/**
 * Rebuilds the conversation of a job from what is stored, so a restarted agent asks exactly the same. A
 * follow-up starts from its parent's problem and last answer, then asks for the revision.
 */
final class Conversation {

    private Conversation() {
    }

    static List<ChatTurn> of(AuthoringJob job, List<Iteration> done, PromptSet prompts,
                             Function<String, CheckResult> readCheck, AuthoringJob parent) {
        List<ChatTurn> turns = new ArrayList<>();
        turns.add(ChatTurn.system(prompts.system()));
        if (parent == null) {
            turns.add(ChatTurn.user(prompts.taskFor(job.problem)));
        } else {
            turns.add(ChatTurn.user(prompts.taskFor(parent.problem)));
            List<Iteration> parentTurns = Iteration.ofJob(parent.id);
            if (!parentTurns.isEmpty()) {
                turns.add(ChatTurn.assistant(lastAnswer(parent, parentTurns)));
            }
            turns.add(ChatTurn.user(prompts.followUpFor(job.followUp)));
        }
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

    /** The parent's passing answer if it had one, else its last. */
    private static String lastAnswer(AuthoringJob parent, List<Iteration> parentTurns) {
        return parentTurns.stream().filter(it -> it.code != null && it.code.equals(parent.finalCode))
                .reduce((first, second) -> second).orElse(parentTurns.get(parentTurns.size() - 1)).response;
    }
}
