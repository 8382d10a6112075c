package io.modelcraft.agent.job.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcraft.agent.job.Iteration;
import io.modelcraft.agent.job.IterationState;
import io.modelcraft.contracts.CheckError;
import io.modelcraft.contracts.CheckResult;
import io.modelcraft.contracts.ProgramRewrite;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttemptsTest {

    private static final String PROGRAM = "import pymc as pm\nwith pm.Model() as m:\n    x = pm.Normal(\"x\", 0, 1)\n";

    @Test
    void commentsBlankLinesAndSpacingDoNotMakeAProgramNew() {
        String resent = "import pymc as pm  # again\n\nwith pm.Model()  as m:\n    x = pm.Normal(\"x\",  0, 1)  # prior\n";
        assertEquals(ProgramFingerprint.of(PROGRAM), ProgramFingerprint.of(resent));
        assertNotEquals(ProgramFingerprint.of(PROGRAM), ProgramFingerprint.of(PROGRAM.replace("0, 1", "0, 2")));
        assertNotEquals(ProgramFingerprint.of("print('a # b')\n"), ProgramFingerprint.of("print('a ')\n"),
                "a # inside a string is not a comment");
    }

    @Test
    void theEarliestAttemptWithTheSameProgramIsTheOneRepeated() {
        List<Iteration> done = List.of(iteration(1, PROGRAM, null), iteration(2, PROGRAM + "y = 1\n", null));
        assertEquals(1, Attempts.repeated(PROGRAM + "\n# same\n", done, json -> null).orElseThrow().number);
        assertTrue(Attempts.repeated("print(1)\n", done, json -> null).isEmpty());
        CheckResult passed = new CheckResult(true, "complete", null, List.of(), Map.of(), Map.of(), 5L);
        assertTrue(Attempts.repeated(PROGRAM, done, json -> passed).isEmpty(), "a passed program may be sent again");
    }

    @Test
    void resendingTheProgramTheCheckRewroteRepeatsTheAttempt() {
        String moved = PROGRAM.replace("0, 1", "0, 3");
        CheckResult rewritten = new CheckResult(false, "evaluate", new CheckError("NonFiniteLogp", "not finite", 3, null,
                null, List.of(), null, null), List.of(), null, Map.of(), 1L,
                new ProgramRewrite(moved, List.of("line 3 built model parts outside the model")), null);
        List<Iteration> done = List.of(iteration(1, PROGRAM, "a"));
        assertEquals(1, Attempts.repeated(moved + "# as the check wrote it\n", done, json -> rewritten).orElseThrow().number);
        assertEquals(1, Attempts.repeated(PROGRAM, done, json -> rewritten).orElseThrow().number);
    }

    @Test
    void theHistoryListsEarlierAttemptsAndSaysWhenTheLastFailedTheSameWay() {
        CheckResult noModel = failure("TypeError", "No model on context stack.", 3, "x = pm.Normal(\"x\", 0, 1)");
        CheckResult other = failure("NameError", "name 'y' is not defined", 5, "print(y)");
        Map<String, CheckResult> checks = Map.of("a", noModel, "b", other, "c", noModel);
        List<Iteration> earlier = List.of(iteration(1, PROGRAM, "a"), iteration(2, PROGRAM, "b"));
        String history = Attempts.history(earlier, iteration(3, PROGRAM, "c"), checks::get);
        assertTrue(history.contains("- attempt 1: run: TypeError: No model on context stack. (line 3: x = pm.Normal(\"x\", 0, 1))"), history);
        assertTrue(history.contains("- attempt 2: run: NameError: name 'y' is not defined (line 5: print(y))"), history);
        assertTrue(history.contains("failed exactly as attempt 1 did"), history);
        assertEquals("", Attempts.history(List.of(), iteration(1, PROGRAM, "a"), checks::get));
    }

    @Test
    void theFailuresWithHintsGiveEachDistinctErrorOnceWithTheHintItsCheckGave() {
        CheckResult multinomial = new CheckResult(false, "run", new CheckError("ValueError",
                "zip() argument 2 is longer than argument 1", 12, 0, "obs = pm.Multinomial(\"obs\", n=3, p=p)", List.of(),
                "pm.Multinomial at line 12 got a parameter with too few dimensions:\n  p is a vector.", null),
                List.of(), null, Map.of(), 1L);
        CheckResult noHint = failure("NameError", "name 'y' is not defined", 5, "print(y)");
        Map<String, CheckResult> checks = Map.of("a", multinomial, "b", noHint, "c", multinomial);
        List<Iteration> done = List.of(iteration(1, PROGRAM, "a"), iteration(2, PROGRAM, "b"), iteration(3, PROGRAM, "c"));
        String listed = Attempts.failuresWithHints(done, checks::get);
        assertEquals("""
                - attempt 1: run: ValueError: zip() argument 2 is longer than argument 1 (line 12: obs = pm.Multinomial("obs", n=3, p=p))
                  hint: pm.Multinomial at line 12 got a parameter with too few dimensions: p is a vector.
                - attempt 2: run: NameError: name 'y' is not defined (line 5: print(y))
                """, listed);
        assertEquals(listed.replace("  hint: pm.Multinomial at line 12 got a parameter with too few dimensions: p is a vector.\n", ""),
                Attempts.failures(done, checks::get), "without hints, the lines v4 to v13 send");
    }

    private static Iteration iteration(int number, String code, String checkKey) {
        Iteration it = new Iteration();
        it.number = number;
        it.code = code;
        it.checkJson = checkKey;
        it.state = IterationState.CHECKED;
        return it;
    }

    private static CheckResult failure(String type, String message, int line, String source) {
        return new CheckResult(false, "run", new CheckError(type, message, line, 0, source, List.of(), null, null),
                List.of(), null, Map.of(), 1L);
    }
}
