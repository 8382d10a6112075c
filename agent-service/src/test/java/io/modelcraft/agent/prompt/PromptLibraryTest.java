package io.modelcraft.agent.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcraft.agent.llm.Sampling;
import io.modelcraft.contracts.CheckError;
import io.modelcraft.contracts.CheckResult;
import io.modelcraft.contracts.CheckWarning;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromptLibraryTest {

    private final PromptLibrary library = new PromptLibrary();

    @Test
    void aVersionHasAStableHashOfItsText() {
        PromptSet v1 = library.version("v1");
        assertEquals(64, v1.hash().length());
        assertEquals(v1.hash(), new PromptLibrary().version("v1").hash());
        assertNotEquals("", v1.system().strip());
        assertTrue(v1.taskFor("How many bears?").contains("How many bears?"));
    }

    @Test
    void addingAVersionLeavesWhatOldJobsRecordedAlone() {
        // The hash the jobs of the first release recorded (read from a database of that release).
        assertEquals("b36ac9ff037bb3545434b089d6dbae2180b4edce54ffcbdc3c62285cf8ed42a3", library.version("v1").hash());
        PromptSet v2 = library.version("v2");
        assertNotEquals(library.version("v1").hash(), v2.hash());
        assertTrue(v2.supportsWarningTurns() && v2.supportsFollowUps());
        assertTrue(!library.version("v1").supportsWarningTurns());
    }

    @Test
    void aWarningTurnListsTheWarningsWithTheirLines() {
        CheckResult passed = new CheckResult(true, "complete", null,
                List.of(new CheckWarning("discrete_free_variable", "N is discrete: NUTS cannot sample it", 7)),
                null, Map.of(), 5L);
        String turn = library.version("v2").feedbackFor(passed);
        assertTrue(turn.contains("- N is discrete: NUTS cannot sample it (line 7)"), turn);
        assertTrue(library.version("v2").followUpFor("use a Beta prior ").contains("revise the program above: use a Beta prior\n"));
    }

    @Test
    void feedbackCarriesTheErrorItsLineAndTheHint() {
        CheckResult failed = new CheckResult(false, "run", new CheckError("TypeError",
                "HyperGeometric.dist() missing 1 required positional argument: 'k'", 10, 9,
                "    k = pm.HyperGeometric(\"k\", N=N, M=n1, n=n2, observed=4)", List.of(),
                "HyperGeometric(N, k, n)", null), List.of(), null, Map.of(), 5L);
        String feedback = library.version("v1").feedbackFor(failed);
        assertTrue(feedback.contains("Stage: run"));
        assertTrue(feedback.contains("TypeError: HyperGeometric.dist() missing 1 required positional argument: 'k'"));
        assertTrue(feedback.contains("At line 10 of your program:\n    k = pm.HyperGeometric("));
        assertTrue(feedback.contains("Hint: HyperGeometric(N, k, n)"));
    }

    @Test
    void onlyAVersionThatSchedulesRestartsAsksTheProblemAfreshAndThenEverySecondTurn() {
        LoopStyle v4 = library.version("v4").loop();
        LoopStyle v7 = library.version("v7").loop();
        assertTrue(!v4.freshTurn(3) && !v4.freshTurn(5));
        assertTrue(!v7.freshTurn(1) && !v7.freshTurn(2) && v7.freshTurn(3) && !v7.freshTurn(4) && v7.freshTurn(5));
        String fresh = library.version("v7").freshFor("How many bears? ", 3, "- attempt 1: run: NameError\n");
        assertTrue(fresh.startsWith("Problem:\nHow many bears?\n"), fresh);
        assertTrue(fresh.contains("failed the check:\n- attempt 1: run: NameError\nStart again from the problem"), fresh);
        assertEquals(Sampling.CONFIGURED, v7.freshSampling(3), "v7 asks afresh at the configured temperature");
    }

    @Test
    void v14AsksAfreshAsV13DoesWithTheEarlierErrorsAndTheirHints() {
        PromptSet v13 = library.version("v13");
        PromptSet v14 = library.version("v14");
        assertEquals(v13.loop(), v14.loop());
        assertEquals(v13.taskFor("How many bears?", 2), v13.freshFor("How many bears?", 2, "- attempt 1: x\n", "- attempt 1: x\n  hint: y\n"),
                "v13's new draw says nothing of the earlier attempts");
        String fresh = v14.freshFor("How many bears?", 2, "- attempt 1: x\n", "- attempt 1: x\n  hint: y\n");
        assertTrue(fresh.startsWith(v13.taskFor("How many bears?", 2)), fresh);
        assertTrue(fresh.contains("with what the check said about each:\n- attempt 1: x\n  hint: y\nWrite a new program"), fresh);
    }

    @Test
    void v8AsksTheFirstQuestionAgainAfterEveryFailureEachTimeWithItsOwnSeed() {
        PromptSet v8 = library.version("v8");
        assertTrue(!v8.loop().freshTurn(1) && v8.loop().freshTurn(2) && v8.loop().freshTurn(3) && v8.loop().freshTurn(5));
        assertEquals(v8.taskFor("How many bears?"), v8.freshFor("How many bears?", 3, "- attempt 1: run: NameError\n"),
                "the same question as the first turn");
        assertEquals(new Sampling(0.7, 2), v8.loop().freshSampling(2));
        assertEquals(new Sampling(0.7, 5), v8.loop().freshSampling(5));
    }

    @Test
    void v9IsV8sLoopWithTheLikelihoodForEachKindOfDataInItsSystemPrompt() {
        PromptSet v8 = library.version("v8");
        PromptSet v9 = library.version("v9");
        assertEquals(v8.loop(), v9.loop(), "the same loop: a new draw after every failed attempt");
        assertEquals(v8.taskFor("How many bears?"), v9.taskFor("How many bears?"));
        String added = v9.system().replace(v8.system().substring(0, v8.system().indexOf("- Keep the code plain")), "");
        assertTrue(added.startsWith("- Choose the likelihood by what was observed:"), added);
        assertTrue(added.contains("pm.Censored(") && added.contains("initval="), added);
    }

    @Test
    void v10ShowsTheWorkedExampleClosestToEachProblemInItsTask() {
        PromptSet v8 = library.version("v8");
        PromptSet v10 = library.version("v10");
        assertEquals(v8.loop(), v10.loop(), "the same loop: a new draw after every failed attempt");
        assertTrue(!v10.system().contains("pm.Model() as model:\n"), "the example moved out of the system prompt");

        String fish = v10.taskFor("Rangers tagged 25 deer. Later they caught 20 deer, 5 of which were tagged. "
                + "Estimate the number of deer N.");
        assertTrue(fish.contains("pm.HyperGeometric(") && fish.endsWith("Estimate the number of deer N.\n"), fish);
        String gaps = v10.taskFor("Trains passed 9, 14 and 6 minutes apart; estimate the rate per hour.");
        assertTrue(gaps.contains("gaps_in_hours"), gaps);
        String which = v10.taskFor("A cupboard holds three jars with different shares of red sweets. I choose a jar at random "
                + "and draw 2 red sweets. Which jar did I choose?");
        assertTrue(which.contains("pm.Categorical("), which);
        String unrelated = v10.taskFor("Zzz qqq.");
        assertTrue(unrelated.contains("complaints_a"), "the first example when no word is shared: " + unrelated);
    }

    @Test
    void v11AlternatesTheClosestExampleWithTheRunnersUpOnFreshTurns() {
        PromptSet v10 = library.version("v10");
        PromptSet v11 = library.version("v11");
        assertEquals(new LoopStyle(true, 2, 0.9, true, 1, 0.7, ExampleChoice.ALTERNATE), v11.loop(), "v10's loop, examples alternating");
        assertEquals(17, v11.examples().all().size());

        String pooled = "Five factories each estimated how much a training course raised output: 3, 7, -1, 5 and 9 units, "
                + "with standard errors 4, 3, 5, 4 and 6. Fit a hierarchical model with partial pooling, parameterised "
                + "so that it samples well, and estimate the common mean `mu`.";
        assertTrue(v11.exampleFor(pooled, 1).problem().startsWith("Six clinics"));
        assertTrue(v11.exampleFor(pooled, 2).problem().startsWith("Two call centres"), "the runner-up");
        assertTrue(v11.exampleFor(pooled, 3).problem().startsWith("Six clinics"));
        assertTrue(v11.exampleFor(pooled, 4).problem().startsWith("Blood pressure"), "the third");
        assertTrue(v11.exampleFor(pooled, 6).problem().startsWith("Six basketball"), "the fourth");
        assertTrue(v11.exampleFor(pooled, 8).problem().startsWith("Two call centres"), "the runners-up again");
        assertTrue(v11.taskFor(pooled, 3).contains("offset = pm.Normal("));

        String trains = "Trains passed 9, 14 and 6 minutes apart; estimate the rate per hour.";
        assertTrue(v11.exampleFor(trains, 2).problem().startsWith("Hours of study"), "the only runner-up");
        assertTrue(v11.exampleFor(trains, 4).problem().startsWith("Two call centres"), "then the first example");
        assertEquals(v11.exampleFor("Zzz qqq.", 1), v11.exampleFor("Zzz qqq.", 2), "the first example on every turn");
        assertEquals(v10.taskFor(trains), v10.taskFor(trains, 2), "v10 shows the closest example on every turn");
    }

    @Test
    void v12ShowsV11sExamplesTheClosestOnEveryTurn() {
        PromptSet v11 = library.version("v11");
        PromptSet v12 = library.version("v12");
        assertEquals(new LoopStyle(true, 2, 0.9, true, 1, 0.7, ExampleChoice.CLOSEST), v12.loop());
        assertEquals(v11.examples().all(), v12.examples().all());
        assertEquals(v11.system(), v12.system());

        String switching = "A pump station recorded its failures in months 1 to 18: 3 4 2 5 3 4 3 1 0 1 2 0 1 0 1 1 0 1. "
                + "From an unknown month on, new maintenance lowered the failure rate.";
        assertEquals(v11.taskFor(switching, 1), v12.taskFor(switching, 1));
        assertEquals(v12.taskFor(switching, 1), v12.taskFor(switching, 2));
        assertTrue(v12.taskFor(switching, 2).contains("switch_day = pm.DiscreteUniform("), v12.taskFor(switching, 2));
        assertTrue(!v11.taskFor(switching, 2).contains("switch_day"), "v11 shows a runner-up on turn 2");
    }

    @Test
    void v13ShowsAProblemNamingA01OutcomeTheClosestExampleNamingOne() {
        PromptSet v12 = library.version("v12");
        PromptSet v13 = library.version("v13");
        assertEquals(new LoopStyle(true, 2, 0.9, true, 1, 0.7, ExampleChoice.CLOSEST_OF_KIND), v13.loop());
        assertEquals(v12.examples().all(), v13.examples().all());
        assertEquals(v12.system(), v13.system());

        String jars = "Jar 1 holds 12 red and 4 blue marbles; jar 2 holds 8 of each. I pick a jar at random and draw a red "
                + "marble. Write a PyMC model for whether it came from jar 1. Name the outcome `jar1`, 1 if it came from jar 1 "
                + "and 0 if from jar 2.";
        assertTrue(v12.exampleFor(jars, 1).problem().startsWith("A shelf holds three urns"), "v12: the closest in words");
        assertTrue(v13.exampleFor(jars, 1).problem().startsWith("1% of the people screened"), "v13: the one naming a 0/1 outcome");
        assertTrue(v13.taskFor(jars, 2).contains("pm.math.switch(sick"), v13.taskFor(jars, 2));
        String spam = "Half the mail is spam. Write a model for whether a message is spam. Name it `spam`, 1 for spam and 0 otherwise.";
        assertTrue(v13.exampleFor(spam, 1).problem().startsWith("1% of the people screened"));

        String which = "A cupboard holds three jars with different shares of red sweets. I choose a jar at random and draw 2 red "
                + "sweets. Which jar did I choose?";
        assertEquals(v12.exampleFor(which, 1), v13.exampleFor(which, 1), "no 0/1 outcome named: the closest in words");
        String trains = "Trains passed 9, 14 and 6 minutes apart; estimate the rate per hour.";
        assertEquals(v12.taskFor(trains, 3), v13.taskFor(trains, 3));
    }

    @Test
    void answerKindsAreReadFromTheProblemsWords() {
        assertEquals(Optional.of(AnswerKind.INDICATOR), AnswerKind.of("Name the outcome `loaded`, 1 for the loaded die and 0 for the fair one."));
        assertEquals(Optional.of(AnswerKind.INDICATOR), AnswerKind.of("Call it `b`: 1 when B made it, 0 otherwise."));
        assertEquals(Optional.of(AnswerKind.INDICATOR), AnswerKind.of("Name it `high`, 1 if p > 0.5 and 0 otherwise."),
                "a decimal point does not end the sentence");
        assertEquals(Optional.of(AnswerKind.INDICATOR), AnswerKind.of("Name it `b`: 0 if machine A made it, 1 if B did."));
        assertEquals(Optional.empty(), AnswerKind.of("Name it `b`. Machine A makes 1 for every 3, and 0 if idle."),
                "the codes must be in the sentence that names the variable");
        assertEquals(Optional.empty(), AnswerKind.of("Name the urn's index `urn` (0, 1 or 2)."));
        assertEquals(Optional.empty(), AnswerKind.of("Bowl 1 holds 30 cookies, 1 if you count the broken one, and bowl 2 holds 0 if empty."),
                "the codes must follow a named variable");
        assertThrows(IllegalArgumentException.class, () -> ExampleChoice.of("nearest"));
    }

    @Test
    void examplesWithoutAProgramAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WorkedExamples.parse("## A problem\n\nno code\n"));
        assertThrows(IllegalArgumentException.class, () -> WorkedExamples.parse("# only a comment\n"));
        assertEquals(2, WorkedExamples.parse("## one\n```python\nx = 1\n```\n## two\n```python\ny = 2\n```\n").all().size());
    }

    @Test
    void unknownOrMalformedVersionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> library.version("v999"));
        assertThrows(IllegalArgumentException.class, () -> library.version("../secrets"));
    }
}
