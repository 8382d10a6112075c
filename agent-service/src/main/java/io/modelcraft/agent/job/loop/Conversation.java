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
 * follow-up starts from its parent's problem and last answer, then asks for the revision. A prompt set that
 * sends only the last answer gets it with its feedback and a line on each earlier attempt; one that restarts
 * after a repeat asks the problem afresh once the last attempt was a repeat.
 */
final class Conversation {

    private Conversation() {
    }

    static List<ChatTurn> of(AuthoringJob job, List<Iteration> done, PromptSet prompts,
                             Function<String, CheckResult> readCheck, AuthoringJob parent) {
        if (parent == null && restarts(prompts, done)) {
            return restart(job, done, prompts, readCheck);
        }
        List<ChatTurn> turns = new ArrayList<>();
        turns.add(ChatTurn.system(prompts.system()));
        if (parent == null) {
            turns.add(ChatTurn.user(prompts.taskFor(job.problem)));
        } else {
            turns.add(ChatTurn.user(prompts.taskFor(parent.problem)));
            List<Iteration> parentTurns = Iteration.ofJob(parent.id);
            if (!parentTurns.isEmpty()) {
                turns.add(ChatTurn.assistant(lastAnswer(parent, parentTurns, readCheck)));
            }
            turns.add(ChatTurn.user(prompts.followUpFor(job.followUp)));
        }
        int first = prompts.loop().lastAnswerOnly() ? Math.max(0, done.size() - 1) : 0;
        for (int i = first; i < done.size(); i++) {
            Iteration iteration = done.get(i);
            List<Iteration> earlier = done.subList(0, i);
            turns.add(ChatTurn.assistant(answer(iteration, readCheck)));
            turns.add(ChatTurn.user(replyTo(iteration, earlier, prompts, readCheck)));
        }
        return turns;
    }

    /** The question after a repeat, in a prompt set that restarts: the problem and the failures so far, no programs. */
    static List<ChatTurn> restart(AuthoringJob job, List<Iteration> done, PromptSet prompts,
                                  Function<String, CheckResult> readCheck) {
        return List.of(ChatTurn.system(prompts.system()),
                ChatTurn.user(prompts.restartFor(job.problem, Attempts.failures(done, readCheck))));
    }

    private static boolean restarts(PromptSet prompts, List<Iteration> done) {
        return prompts.loop().restartOnRepeat() && !done.isEmpty()
                && done.get(done.size() - 1).state == IterationState.REPEATED;
    }

    /** What the loop said after an iteration; with the last answer only, it also lists the earlier attempts. */
    private static String replyTo(Iteration iteration, List<Iteration> earlier, PromptSet prompts,
                                  Function<String, CheckResult> readCheck) {
        String history = prompts.loop().lastAnswerOnly() ? Attempts.history(earlier, iteration, readCheck) : "";
        return switch (iteration.state) {
            case NO_CODE -> prompts.noCode();
            case REPEATED -> Attempts.repeated(iteration.code, earlier, readCheck)
                    .map(it -> prompts.repeatFor(it.number, Attempts.summary(readCheck.apply(it.checkJson))))
                    .orElseThrow(() -> new IllegalStateException("iteration " + iteration.number + " repeats nothing"));
            default -> prompts.feedbackFor(readCheck.apply(iteration.checkJson), history);
        };
    }

    /** The parent's passing answer if it had one, else its last. */
    private static String lastAnswer(AuthoringJob parent, List<Iteration> parentTurns,
                                     Function<String, CheckResult> readCheck) {
        Iteration last = parentTurns.stream()
                .filter(it -> it.code != null && checkedCode(it, readCheck).equals(parent.finalCode))
                .reduce((first, second) -> second).orElse(parentTurns.get(parentTurns.size() - 1));
        return answer(last, readCheck);
    }

    /** The model's answer as the conversation shows it: the checked program if the check rewrote what it sent. */
    private static String answer(Iteration iteration, Function<String, CheckResult> readCheck) {
        String checked = checkedCode(iteration, readCheck);
        return checked == null || checked.equals(iteration.code) ? iteration.response
                : "```python\n" + checked.strip() + "\n```";
    }

    private static String checkedCode(Iteration iteration, Function<String, CheckResult> readCheck) {
        CheckResult check = iteration.checkJson == null ? null : readCheck.apply(iteration.checkJson);
        return check == null ? iteration.code : check.checkedCode(iteration.code);
    }
}
