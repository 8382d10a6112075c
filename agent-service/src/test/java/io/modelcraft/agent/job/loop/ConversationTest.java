package io.modelcraft.agent.job.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.agent.job.Iteration;
import io.modelcraft.agent.job.IterationState;
import io.modelcraft.agent.llm.ChatTurn;
import io.modelcraft.agent.llm.Sampling;
import io.modelcraft.agent.prompt.PromptLibrary;
import io.modelcraft.agent.prompt.PromptSet;
import io.modelcraft.contracts.CheckError;
import io.modelcraft.contracts.CheckResult;
import io.modelcraft.contracts.ProgramRewrite;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final String SENT = "import pymc as pm\np = pm.Beta(\"p\", 1, 1)\nwith pm.Model() as model:\n    k = pm.Binomial(\"k\", n=10, p=p, observed=11)\n";
    private static final String MOVED = "import pymc as pm\nwith pm.Model() as model:\n    p = pm.Beta(\"p\", 1, 1)\n    k = pm.Binomial(\"k\", n=10, p=p, observed=11)\n";
    private static final String CHANGE = "line 2 built model parts outside the `with pm.Model()` block opened at line 3: the check moved it into that block";

    @Test
    void aProgramTheCheckRewroteIsShownRewrittenWithWhatChanged() {
        CheckResult rewritten = new CheckResult(false, "evaluate", new CheckError("NonFiniteLogp",
                "the log-probability is not finite at the model's initial point: k = -inf", 4, null,
                "    k = pm.Binomial(\"k\", n=10, p=p, observed=11)", List.of(), null, null),
                List.of(), null, Map.of(), 5L, new ProgramRewrite(MOVED, List.of(CHANGE)), null);
        Question question = Conversation.of(job(), List.of(iteration("Here it is:\n```python\n" + SENT + "```")),
                new PromptLibrary().version("v6"), json -> rewritten, null);
        List<ChatTurn> turns = question.turns();

        assertEquals(4, turns.size());
        assertEquals("a repair of attempt 1, with its check's feedback", question.asked());
        assertEquals(Sampling.CONFIGURED, question.sampling());
        assertEquals("```python\n" + MOVED.strip() + "\n```", turns.get(2).content());
        String feedback = turns.get(3).content();
        assertTrue(feedback.contains("the check changed it (the program above is the changed one; keep the change):\n- " + CHANGE), feedback);
        assertTrue(feedback.indexOf(CHANGE) < feedback.indexOf("At line 4 of your program:"), feedback);
    }

    @Test
    void aProgramCheckedAsSentIsShownAsTheModelWroteIt() {
        CheckResult failed = new CheckResult(false, "run", new CheckError("TypeError", "No model on context stack.", 2,
                null, "p = pm.Beta(\"p\", 1, 1)", List.of(), null, null), List.of(), null, Map.of(), 5L);
        String reply = "Here it is:\n```python\n" + SENT + "```";
        List<ChatTurn> turns = Conversation.of(job(), List.of(iteration(reply)), new PromptLibrary().version("v6"),
                json -> failed, null).turns();

        assertEquals(reply, turns.get(2).content());
        assertTrue(!turns.get(3).content().contains("the check changed it"), turns.get(3).content());
    }

    @Test
    void v8AnswersAFailureWithTheFirstQuestionAsANewDrawAndSaysSo() {
        CheckResult failed = new CheckResult(false, "run", new CheckError("TypeError", "No model on context stack.", 2,
                null, "p = pm.Beta(\"p\", 1, 1)", List.of(), null, null), List.of(), null, Map.of(), 5L);
        PromptLibrary library = new PromptLibrary();
        Question first = Conversation.of(job(), List.of(), library.version("v8"), json -> failed, null);
        Question second = Conversation.of(job(), List.of(iteration("```python\n" + SENT + "```")), library.version("v8"),
                json -> failed, null);

        assertEquals("the problem", first.asked());
        assertEquals(first.turns(), second.turns(), "the same question as the first turn, no program and no feedback");
        assertEquals(new Sampling(0.7, 2), second.sampling());
        assertEquals("the problem afresh, as a new draw (temperature 0.7, seed 2): prompts v8 ask it so after a failed"
                + " attempt instead of a repair", second.asked());
    }

    @Test
    void v11SaysWhichWorkedExampleAFreshDrawShows() {
        CheckResult failed = new CheckResult(false, "run", new CheckError("TypeError", "No model on context stack.", 2,
                null, "p = pm.Beta(\"p\", 1, 1)", List.of(), null, null), List.of(), null, Map.of(), 5L);
        PromptSet v11 = new PromptLibrary().version("v11");
        AuthoringJob job = job();
        job.problem = "Trains passed 9, 14 and 6 minutes apart; estimate the rate per hour.";
        Question second = Conversation.of(job, List.of(iteration("```python\n" + SENT + "```")), v11, json -> failed, null);

        assertTrue(second.turns().get(1).content().startsWith(v11.taskFor(job.problem, 2)), second.turns().get(1).content());
        assertTrue(second.turns().get(1).content().contains("hours = np.array("), "the runner-up: the study-hours example");
        assertTrue(second.asked().startsWith("the problem afresh, as a new draw (temperature 0.7, seed 2), with the worked "
                + "example \"Hours of study and whether each student passed"), second.asked());
    }

    private static AuthoringJob job() {
        AuthoringJob job = new AuthoringJob();
        job.problem = "Estimate p from 11 successes.";
        return job;
    }

    private static Iteration iteration(String response) {
        Iteration it = new Iteration();
        it.number = 1;
        it.response = response;
        it.code = SENT;
        it.checkJson = "{}";
        it.state = IterationState.CHECKED;
        return it;
    }
}
