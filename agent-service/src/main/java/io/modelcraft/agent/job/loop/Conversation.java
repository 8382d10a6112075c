package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.agent.job.Iteration;
import io.modelcraft.agent.job.IterationState;
import io.modelcraft.agent.llm.ChatTurn;
import io.modelcraft.agent.llm.Sampling;
import io.modelcraft.agent.prompt.ExampleChoice;
import io.modelcraft.agent.prompt.PromptSet;
import io.modelcraft.contracts.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rebuilds the conversation of a job from what is stored, so a restarted agent asks exactly the same. A
 * follow-up starts from its parent's problem and last answer, then asks for the revision. A prompt set that
 * sends only the last answer gets it with its feedback and a line on each earlier attempt; one that restarts
 * after a repeat asks the problem afresh once the last attempt was a repeat, and one that restarts every few
 * turns asks it afresh on those turns after a failed attempt.
 */
final class Conversation {

    private Conversation() {
    }

    static Question of(AuthoringJob job, List<Iteration> done, PromptSet prompts,
                       Function<String, CheckResult> readCheck, AuthoringJob parent) {
        if (parent == null && restarts(prompts, done)) {
            Question restart = restart(job, done, prompts, readCheck);
            return new Question(restart.turns(), restart.asked() + ": attempt " + done.get(done.size() - 1).number
                    + " repeated an earlier program");
        }
        if (asksAfresh(done, prompts, readCheck, parent)) {
            return fresh(job, done, prompts, readCheck);
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
        return new Question(turns, asked(done, parent, readCheck));
    }

    /** The question after a repeat, in a prompt set that restarts: the problem and the failures so far, no programs. */
    static Question restart(AuthoringJob job, List<Iteration> done, PromptSet prompts,
                            Function<String, CheckResult> readCheck) {
        return new Question(afresh(prompts, prompts.restartFor(job.problem, done.size() + 1, Attempts.failures(done, readCheck))),
                "the problem afresh with the failures so far and none of the programs");
    }

    /** A conversation that starts again: the system prompt and one question, no earlier answer. */
    private static List<ChatTurn> afresh(PromptSet prompts, String question) {
        return List.of(ChatTurn.system(prompts.system()), ChatTurn.user(question));
    }

    /** A turn the prompt set schedules after a failure: the problem afresh, sampled as the loop style says. */
    private static Question fresh(AuthoringJob job, List<Iteration> done, PromptSet prompts,
                                  Function<String, CheckResult> readCheck) {
        int turn = done.size() + 1;
        Sampling sampling = prompts.loop().freshSampling(turn);
        String draw = sampling.seed() == null ? "" : " (temperature " + sampling.temperature() + ", seed " + sampling.seed() + ")";
        String example = prompts.loop().examples() == ExampleChoice.ALTERNATE
                ? ", with the worked example \"" + prompts.exampleFor(job.problem, turn).problem() + "\"" : "";
        return new Question(afresh(prompts, prompts.freshFor(job.problem, turn, Attempts.failures(done, readCheck),
                Attempts.failuresWithHints(done, readCheck))), sampling,
                "the problem afresh, as a new draw" + draw + example + ": prompts " + prompts.version()
                        + " ask it so after a failed attempt instead of a repair");
    }

    /** Whether the turn after {@code done} asks the problem afresh: its prompt set schedules it after a failure. */
    private static boolean asksAfresh(List<Iteration> done, PromptSet prompts, Function<String, CheckResult> readCheck,
                                      AuthoringJob parent) {
        return parent == null && prompts.loop().freshTurn(done.size() + 1) && lastFailed(done, readCheck);
    }

    private static String asked(List<Iteration> done, AuthoringJob parent, Function<String, CheckResult> readCheck) {
        if (done.isEmpty()) {
            return parent == null ? "the problem" : "a revision of the parent job's program, as the follow-up asks";
        }
        Iteration last = done.get(done.size() - 1);
        if (last.state == IterationState.NO_CODE) {
            boolean cutOff = last.checkJson != null && CutOffResult.isCutOff(readCheck.apply(last.checkJson));
            return "a program: attempt " + last.number + "'s reply " + (cutOff ? "was cut off at the token limit" : "had none");
        }
        if (last.state == IterationState.REPEATED) {
            return "a new program: attempt " + last.number + " repeated an earlier one";
        }
        CheckResult check = last.checkJson == null ? null : readCheck.apply(last.checkJson);
        return check != null && check.ok() ? "attempt " + last.number + " again, with the warnings its check raised"
                : "a repair of attempt " + last.number + ", with its check's feedback";
    }

    private static boolean lastFailed(List<Iteration> done, Function<String, CheckResult> readCheck) {
        Iteration last = done.get(done.size() - 1);
        if (last.state == IterationState.NO_CODE) {
            return true;
        }
        CheckResult check = last.checkJson == null ? null : readCheck.apply(last.checkJson);
        return check != null && !check.ok();
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
