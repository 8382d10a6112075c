package io.modelcraft.worker.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcraft.contracts.CheckResult;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The checker process as the worker runs it: real Python and PyMC, the worker's limits shrunk. */
@QuarkusTest
@TestProfile(ModelCheckerTest.ShortTimeout.class)
class ModelCheckerTest {

    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("modelcraft.check.timeout", "8s", "modelcraft.check.max-output-bytes", "65536");
        }
    }

    private final ModelChecker checker;

    ModelCheckerTest(ModelChecker checker) {
        this.checker = checker;
    }

    @Test
    void aValidModelPassesWithItsSummary() {
        CheckResult result = checker.check("""
                import pymc as pm
                with pm.Model() as model:
                    mu = pm.Normal("mu", 0, 10)
                    pm.Normal("y", mu, 1, observed=[0.1, -0.3, 0.8])
                    idata = pm.sample()
                print(idata.posterior["mu"].mean())
                """);
        assertTrue(result.ok(), () -> String.valueOf(result.error()));
        assertEquals("complete", result.stage());
        assertEquals(2, ((java.util.List<?>) result.summary().get("variables")).size());
    }

    @Test
    void codeThatNeverEndsIsKilledAtTheWallClockLimitAndTheNextCheckRuns() {
        long started = System.nanoTime();
        CheckResult killed = checker.check("while True:\n    pass\n");
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertFalse(killed.ok());
        assertEquals("sandbox", killed.stage());
        assertEquals("Timeout", killed.error().type());
        assertTrue(seconds < 20, "took " + seconds + " s");
        assertEquals("parse", checker.check("def broken(:\n").stage());
    }

    @Test
    void nothingOfTheWorkersEnvironmentReachesTheCheck() {
        CheckResult result = checker.check("import os\nraise RuntimeError(','.join(sorted(os.environ)))\n");
        assertEquals("RuntimeError", result.error().type());
        Set<String> visible = Set.of(result.error().message().split(","));
        Set<String> leaked = new TreeSet<>(System.getenv().keySet());
        leaked.removeAll(Set.of("PATH", "HOME", "TMPDIR", "PYTHONPATH", "PYTENSOR_FLAGS", "MPLBACKEND",
                "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"));
        assertFalse(leaked.isEmpty(), "the test needs variables of its own to look for");
        leaked.retainAll(visible);
        assertTrue(leaked.isEmpty(), "the check saw the worker's " + leaked);
        assertFalse(visible.contains("MODELCRAFT_PYTHON"));
    }

    @Test
    void aFloodOfOutputDoesNotHideTheVerdict() {
        CheckResult result = checker.check("print('x' * 10_000_000)\nraise ValueError('after the flood')\n");
        assertEquals("ValueError", result.error().type());
        assertEquals(2, result.error().line());
    }
}
